import { describe, expect, it } from 'vitest';
import { gridCells } from '../../src/lib/figures/gridCells';
import { decisionGrid } from '../../src/lib/data/decisionGrid';

describe('gridCells', () => {
  it('puts each grid point at the centre of its cell, the outer cells half a step past the ends', () => {
    const c = gridCells(decisionGrid());
    const half = 20 / 99;
    expect(c.n).toBe(100);
    expect(c.halfX).toBeCloseTo(half, 12);
    expect(c.halfY).toBeCloseTo(half, 12);
    expect(c.x1).toBeCloseTo(-20 - half, 12);
    expect(c.x2).toBeCloseTo(20 + half, 12);
    expect(c.y1).toBeCloseTo(-20 - half, 12);
    expect(c.y2).toBeCloseTo(20 + half, 12);
  });

  it('reads the two axes apart', () => {
    // x in {0, 2, 4}, y in {10, 11, 12}: cells 2 wide and 1 high.
    const grid = [10, 11, 12].flatMap((y) => [0, 2, 4].map((x) => [x, y]));
    expect(gridCells(grid)).toEqual({ n: 3, halfX: 1, halfY: 0.5, x1: -1, x2: 5, y1: 9.5, y2: 12.5 });
  });

  it('rejects a grid that is not square or has one point', () => {
    expect(() => gridCells(decisionGrid().slice(1))).toThrow(RangeError);
    expect(() => gridCells([[0, 0]])).toThrow(RangeError);
  });
});
