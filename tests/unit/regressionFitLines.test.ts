import { describe, expect, it } from 'vitest';
import { regressionFitLines } from '../../src/lib/figures/regressionFitLines';
import { regressionTarget } from '../../src/lib/data/regressionTarget';

describe('regressionFitLines', () => {
  it('sorts the prediction along x and samples the noise-free function at the same x', () => {
    const { prediction, truth } = regressionFitLines({ curve: { x: [2, -1, 0.5], y: [0.1, 0.7, 0.4] }, target: 'sine' });
    expect(prediction).toEqual([
      { x: -1, y: 0.7 },
      { x: 0.5, y: 0.4 },
      { x: 2, y: 0.1 },
    ]);
    expect(truth).toEqual(prediction.map((d) => ({ x: d.x, y: regressionTarget('sine', d.x) })));
  });

  it('has no noise-free line when asked for none, and refuses a curve of mismatched lengths', () => {
    expect(regressionFitLines({ curve: { x: [0, 1], y: [0.5, 0.2] }, noiseFree: false }).truth).toEqual([]);
    expect(() => regressionFitLines({ curve: { x: [0, 1], y: [0.5] } })).toThrow(RangeError);
  });
});
