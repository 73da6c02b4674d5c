import { describe, expect, it } from 'vitest';
import { firstOfEachLook, lookPoints } from '../../src/lib/figures/dotLooks';
import { inRange } from '../../src/lib/figures/pointRange';

describe('firstOfEachLook', () => {
  it('takes the first sample of every look of every mark, in data order', () => {
    expect(firstOfEachLook([[[4, 6], [1, 9]], [], [[0, 2]]])).toEqual([0, 1, 4]);
  });
});

describe('lookPoints', () => {
  it('reads the x and y of a look’s samples', () => {
    const X = [[1, 2], [3, 4], [5, 6]];
    expect(lookPoints([2, 0], (i) => X[i][0], (i) => X[i][1])).toEqual({ x: [5, 1], y: [6, 2] });
  });
});

describe('inRange', () => {
  it('selects a range of rows or the rows at some indices', () => {
    const rows = ['a', 'b', 'c', 'd'];
    expect(inRange(rows, { start: 1, end: 3 })).toEqual(['b', 'c']);
    expect(inRange(rows, { indices: [3, 0] })).toEqual(['d', 'a']);
    const all = inRange(rows, undefined);
    expect(all).toEqual(rows);
    expect(all).not.toBe(rows);
  });
});
