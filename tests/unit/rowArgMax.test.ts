import { describe, expect, it } from 'vitest';
import { argMax } from '../../src/lib/math/argMax';
import { rowArgMax } from '../../src/lib/math/rowArgMax';

describe('rowArgMax', () => {
  it('takes the arg-max of each row, as argMax does for one', () => {
    const rows = [
      [0.1, 0.7, 0.2],
      [3, -1, 2],
      [-5, -4, -3],
    ];
    expect(rowArgMax(rows.flat(), 3)).toEqual(rows.map(argMax));
  });

  it('keeps the first index on a tie', () => {
    expect(rowArgMax([1, 1, 0, 2, 2, 2], 3)).toEqual([0, 0]);
  });

  it('reads a typed array, and one column gives zeros', () => {
    expect(rowArgMax(new Float64Array([4, 9, 1]), 1)).toEqual([0, 0, 0]);
  });

  it('refuses a column count that is not a whole number of 1 or more', () => {
    expect(() => rowArgMax([1, 2], 0)).toThrow(/whole number of columns/);
    expect(() => rowArgMax([1, 2], 1.5)).toThrow(/got 1.5/);
  });
});
