import { describe, expect, it } from 'vitest';
import { softmaxSteps } from '../../src/lib/calculator/softmaxSteps';

const W = [
  [0.01, -0.05, 0.1, 0.05],
  [0.7, 0.2, 0.05, 0.16],
  [0.0, -0.45, -0.2, 0.03],
];
const x = [-15, 22, -44, 56];
const b = [0.0, 0.2, -0.3];

describe('softmaxSteps', () => {
  it('gives the worked example’s numbers, checked by hand', () => {
    const s = softmaxSteps({ W, x, b, label: 2 });
    // Row by row: -0.15 - 1.1 - 4.4 + 2.8 + 0 = -2.85; -10.5 + 4.4 - 2.2 + 8.96 + 0.2 = 0.86; ...
    expect(s.scores[0]).toBeCloseTo(-2.85, 12);
    expect(s.scores[1]).toBeCloseTo(0.86, 12);
    expect(s.scores[2]).toBeCloseTo(0.28, 12);
    const e = [Math.exp(-2.85), Math.exp(0.86), Math.exp(0.28)];
    const sum = e[0] + e[1] + e[2];
    expect(s.exps[1]).toBeCloseTo(e[1], 12);
    expect(s.expSum).toBeCloseTo(sum, 12);
    expect(10 ** s.expSumLog10).toBeCloseTo(sum, 10);
    expect(s.probs[0]).toBeCloseTo(e[0] / sum, 12);
    expect(s.probs[0]).toBeCloseTo(0.0154, 4);
    expect(10 ** s.probLog10[2]).toBeCloseTo(e[2] / sum, 12);
    expect(s.loss).toBeCloseTo(-Math.log(e[2] / sum), 12);
    expect(s.grad).toEqual([s.probs[0], s.probs[1], s.probs[2] - 1]);
  });

  it('stays finite where e^f overflows and p underflows', () => {
    const s = softmaxSteps({ W: [[1], [1]], x: [1000], b: [0, -900], label: 1 });
    expect(s.exps[0]).toBe(Infinity);
    expect(s.expLog10[0]).toBeCloseTo(1000 / Math.LN10, 9);
    expect(s.probs[1]).toBe(0);
    expect(s.probLog10[1]).toBeCloseTo(-900 / Math.LN10, 6);
    // -ln p_1 = ln(e^1000 + e^100) - 100, which is 900 to double precision.
    expect(s.loss).toBeCloseTo(900, 9);
    expect(s.grad).toEqual([1, -1]);
  });

  it('gives ln K for equal scores', () => {
    const s = softmaxSteps({ W: [[0], [0], [0]], x: [5], b: [1, 1, 1], label: 0 });
    expect(s.loss).toBeCloseTo(Math.log(3), 12);
  });
});
