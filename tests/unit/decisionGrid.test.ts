import { describe, expect, it } from 'vitest';
import { decisionGrid } from '../../src/lib/data/decisionGrid';
import { linspace } from '../../src/lib/data/linspace';

describe('decisionGrid', () => {
  it('covers [-20, 20]^2 with 100 x 100 points in meshgrid + reshape order', () => {
    const g = decisionGrid();
    const x = linspace(-20, 20, 100);
    expect(g).toHaveLength(10000);
    expect(g[0]).toEqual([-20, -20]);
    expect(g[1]).toEqual([x[1], -20]);
    expect(g[99]).toEqual([20, -20]);
    expect(g[100]).toEqual([-20, x[1]]);
    expect(g[9999]).toEqual([20, 20]);
    expect(g[37 * 100 + 58]).toEqual([x[58], x[37]]);
  });

  it('takes a size and an extent, and rejects bad ones', () => {
    expect(decisionGrid({ n: 3, extent: 1 })).toEqual([
      [-1, -1], [0, -1], [1, -1],
      [-1, 0], [0, 0], [1, 0],
      [-1, 1], [0, 1], [1, 1],
    ]);
    expect(() => decisionGrid({ n: 0 })).toThrow(RangeError);
    expect(() => decisionGrid({ extent: -5 })).toThrow(RangeError);
  });
});
