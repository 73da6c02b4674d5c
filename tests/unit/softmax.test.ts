import { describe, expect, it } from 'vitest';
import { linearScores } from '../../src/lib/math/linearScores';
import { softmax } from '../../src/lib/math/softmax';
import { workedExample } from '../../src/lib/math/workedExample';

const round3 = (v: number) => Math.round(v * 1000) / 1000;

describe('softmax', () => {
  it('turns the worked example’s scores into probabilities that sum to 1', () => {
    const { W, x, b } = workedExample;
    const p = softmax(linearScores(W, x, b));
    // Exactly, p0 = 0.01544...: it rounds to 0.015, not to the lesson's 0.016.
    expect(p.map(round3)).toEqual([0.015, 0.631, 0.353]);
    expect(Math.abs(p.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(1e-15);
  });

  it('gives the lesson’s 0.016 / 0.631 / 0.353 when fed its rounded exponentials', () => {
    // The lesson normalised e^s already rounded to [0.058, 2.36, 1.32]; softmax of their logs
    // does the same normalisation and so reproduces its printed figures.
    const p = softmax([0.058, 2.36, 1.32].map(Math.log));
    expect(p.map(round3)).toEqual([0.016, 0.631, 0.353]);
  });

  it('does not overflow on large scores or underflow on very negative ones', () => {
    const big = softmax([1000, 1001]);
    expect(big.every(Number.isFinite)).toBe(true);
    expect(big[0]).toBeCloseTo(1 / (1 + Math.E), 15);
    expect(big[1]).toBeCloseTo(Math.E / (1 + Math.E), 15);
    expect(softmax([-1000, -1000])).toEqual([0.5, 0.5]);
  });

  it('is unchanged by adding a constant to every score', () => {
    const p = softmax([0.1, -2, 3]);
    softmax([100.1, 98, 103]).forEach((v, k) => expect(v).toBeCloseTo(p[k], 12));
    expect(softmax([])).toEqual([]);
  });
});
