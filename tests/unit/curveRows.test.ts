import { describe, expect, it } from 'vitest';
import { curveRows } from '../../src/lib/figures/curveRows';

const history = [
  { epoch: 1, loss: 0.6, accuracy: 0.7, valLoss: 0.5, valAccuracy: 0.75 },
  { epoch: 2, loss: NaN, accuracy: 0.85, valLoss: 0.35 },
  { epoch: 3, loss: 0.2 },
];

describe('curveRows', () => {
  it('takes each epoch’s training then validation value of the metric, leaving out missing and non-finite ones', () => {
    expect(curveRows(history, 'loss')).toEqual([
      { epoch: 1, value: 0.6, series: 'training' },
      { epoch: 1, value: 0.5, series: 'validation' },
      { epoch: 2, value: 0.35, series: 'validation' },
      { epoch: 3, value: 0.2, series: 'training' },
    ]);
    expect(curveRows(history, 'mse')).toEqual(curveRows(history, 'loss'));
  });

  it('reads the accuracy fields for accuracy', () => {
    expect(curveRows(history, 'accuracy')).toEqual([
      { epoch: 1, value: 0.7, series: 'training' },
      { epoch: 1, value: 0.75, series: 'validation' },
      { epoch: 2, value: 0.85, series: 'training' },
    ]);
    expect(curveRows([], 'accuracy')).toEqual([]);
  });
});
