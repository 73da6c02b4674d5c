import { describe, expect, it } from 'vitest';
import { crossEntropy } from '../../src/lib/math/crossEntropy';
import { linearScores } from '../../src/lib/math/linearScores';
import { softmax } from '../../src/lib/math/softmax';
import { softmaxGradient } from '../../src/lib/math/softmaxGradient';
import { workedExample } from '../../src/lib/math/workedExample';

const loss = (z: number[], label: number) => crossEntropy(softmax(z), label);

describe('softmaxGradient', () => {
  it('is p minus the one-hot label, and its entries sum to 0', () => {
    const p = [0.2, 0.5, 0.3];
    const g = softmaxGradient(p, 1);
    expect(g).toEqual([0.2, 0.5 - 1, 0.3]);
    expect(Math.abs(g.reduce((s, v) => s + v, 0))).toBeLessThan(1e-15);
  });

  it('matches a central finite difference of crossEntropy(softmax(z))', () => {
    const { W, x, b, label } = workedExample;
    const cases: [number[], number][] = [
      [linearScores(W, x, b), label],
      [[0.3, -1.2, 2.5, 0], 0],
      [[5, 5, 5], 2],
    ];
    const h = 1e-6;
    for (const [z, y] of cases) {
      const g = softmaxGradient(softmax(z), y);
      z.forEach((_, k) => {
        const up = z.map((v, j) => (j === k ? v + h : v));
        const down = z.map((v, j) => (j === k ? v - h : v));
        const numeric = (loss(up, y) - loss(down, y)) / (2 * h);
        expect(Math.abs(g[k] - numeric)).toBeLessThan(1e-8);
      });
    }
  });

  it('rejects a label that is not a class index', () => {
    expect(() => softmaxGradient([0.5, 0.5], 2)).toThrow(RangeError);
  });
});
