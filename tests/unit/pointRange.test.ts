import { describe, expect, it } from 'vitest';
import { inRange } from '../../src/lib/figures/pointRange';

describe('inRange', () => {
  it('selects [start, end) of the rows, or all of them (a copy) without a range', () => {
    const rows = [1, 2, 3, 4];
    expect(inRange(rows, { start: 1, end: 3 })).toEqual([2, 3]);
    expect(inRange(rows, { start: 3, end: 9 })).toEqual([4]);
    const all = inRange(rows, undefined);
    expect(all).toEqual(rows);
    expect(all).not.toBe(rows);
  });
});
