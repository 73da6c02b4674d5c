import { describe, expect, it } from 'vitest';
import { predictRun } from '../../src/lib/exercises/predictRun';
import { predictSettings } from '../../src/lib/exercises/predictSettings';

const settings = predictSettings('blobs4', { epochs: 1 });
const options = [
  { label: 'Above 90%', min: 0.9 },
  { label: 'Below 90%', max: 0.9 },
];

describe('predictRun', () => {
  it('keeps the settings, the metric, the options and the expected option', () => {
    expect(predictRun(settings, 'loss', 1, options)).toEqual({ settings, metric: 'loss', options, expected: 1 });
  });

  it('refuses an expected option that is not one of the options', () => {
    for (const expected of [-1, 2, 0.5, NaN]) {
      expect(() => predictRun(settings, 'accuracy', expected, options)).toThrow(/one of the 2 options; got/);
    }
  });
});
