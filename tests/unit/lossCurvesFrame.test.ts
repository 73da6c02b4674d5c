import { describe, expect, it } from 'vitest';
import { curveRows } from '../../src/lib/figures/curveRows';
import { lossCurves } from '../../src/lib/figures/lossCurves';
import { lossCurvesFrame, referenceLabel, type LossCurvesOptions } from '../../src/lib/figures/lossCurvesFrame';

const history = [
  { epoch: 1, loss: 0.6, accuracy: 0.7, valLoss: 0.5, valAccuracy: 0.75 },
  { epoch: 2, loss: 0.3, accuracy: 0.85, valLoss: 0.35, valAccuracy: 0.84 },
];

describe('lossCurvesFrame', () => {
  it('is the lossCurves figure without its marks', () => {
    const o: LossCurvesOptions = { history, metric: 'loss', epochs: 10, width: 400, height: 250, reference: { value: 0.18 } };
    const { marks, ...rest } = lossCurves(o);
    expect(marks).toHaveLength(5);
    expect(lossCurvesFrame(o, curveRows(history, 'loss'))).toEqual(rest);
  });

  it('fixes both scales: epochs from the first to the planned last, values from 0 to a round top', () => {
    const f = lossCurvesFrame({ history, metric: 'loss', epochs: 10 }, curveRows(history, 'loss'));
    expect(f.x?.domain).toEqual([1, 10]);
    expect(f.y?.domain).toEqual([0, 0.6]);
    expect([f.width, f.height]).toEqual([640, 300]);
    const accuracy = lossCurvesFrame({ history, metric: 'accuracy', epochs: 10 }, curveRows(history, 'accuracy'));
    expect(accuracy.y?.domain).toEqual([0, 1]);
  });

  it('keeps a held value axis the values fit, and never holds the accuracy’s', () => {
    const rows = curveRows(history, 'loss');
    expect(lossCurvesFrame({ history, metric: 'loss', epochs: 10, heldAxis: [0, 4] }, rows).y?.domain).toEqual([0, 4]);
    expect(lossCurvesFrame({ history, metric: 'loss', epochs: 10, heldAxis: [0, 0.5] }, rows).y?.domain).toEqual([0, 0.6]);
    const accuracy = lossCurvesFrame({ history, metric: 'accuracy', epochs: 10, heldAxis: [0, 4] }, curveRows(history, 'accuracy'));
    expect(accuracy.y?.domain).toEqual([0, 1]);
  });

  it('says where each curve ended and where the lesson’s rule is', () => {
    const f = lossCurvesFrame({ history, metric: 'mse', reference: { value: 0.0117 } }, curveRows(history, 'mse'));
    expect(f.ariaDescription).toBe('After 2 epochs the mean squared error is training 0.3, validation 0.35. A dashed rule marks the lesson: 0.0117.');
    expect(lossCurvesFrame({ history: [], metric: 'loss' }, []).ariaDescription).toBe('No epochs yet.');
    expect(referenceLabel({ value: 0.18148446649312974, label: 'Keras' })).toBe('Keras: 0.1815');
  });
});
