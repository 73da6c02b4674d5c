import { describe, expect, it } from 'vitest';
import { linearScores } from '../../src/lib/math/linearScores';
import { workedExample } from '../../src/lib/math/workedExample';

describe('linearScores', () => {
  it('gives the worked example’s scores W x + b = [-2.85, 0.86, 0.28]', () => {
    const { W, x, b } = workedExample;
    const s = linearScores(W, x, b);
    [-2.85, 0.86, 0.28].forEach((v, k) => expect(Math.abs(s[k] - v)).toBeLessThan(1e-12));
  });

  it('treats W as classes x features and adds one bias per class', () => {
    expect(linearScores([[1, 2], [3, 4], [0, -1]], [10, 100], [1, 2, 3])).toEqual([211, 432, -97]);
  });

  it('rejects shapes that do not fit', () => {
    expect(() => linearScores([[1, 2]], [1, 2], [0, 0])).toThrow(/one bias per row/);
    expect(() => linearScores([[1, 2]], [1, 2, 3], [0])).toThrow(/2 weights for 3 features/);
  });
});
