import { describe, expect, it } from 'vitest';
import { addPoint } from '../../src/lib/points/addPoint';
import { clearPoints } from '../../src/lib/points/clearPoints';
import { emptyPoints } from '../../src/lib/points/emptyPoints';
import { removeNearest } from '../../src/lib/points/removeNearest';
import { replacePoints } from '../../src/lib/points/replacePoints';
import { undoEdit } from '../../src/lib/points/undoEdit';
import { UNDO_LIMIT } from '../../src/lib/points/PointsState';

describe('point edits', () => {
  it('addPoint appends a point of the chosen class and leaves the old state as it was', () => {
    const a = addPoint(emptyPoints(), [1, 2], 0);
    const b = addPoint(a, [-3, 4.5], 3);
    expect(b.X).toEqual([[1, 2], [-3, 4.5]]);
    expect(b.y).toEqual([0, 3]);
    expect(a.X).toEqual([[1, 2]]);
    expect(a.y).toEqual([0]);
    expect(b.past).toHaveLength(2);
  });

  it('undoEdit walks back one edit at a time, then stays at the start', () => {
    let s = addPoint(addPoint(emptyPoints(), [1, 2], 0), [3, 4], 1);
    s = clearPoints(s);
    expect(s.X).toEqual([]);
    s = undoEdit(s);
    expect(s.X).toEqual([[1, 2], [3, 4]]);
    s = undoEdit(s);
    expect(s.X).toEqual([[1, 2]]);
    expect(s.y).toEqual([0]);
    s = undoEdit(undoEdit(s));
    expect(s).toEqual({ X: [], y: [], past: [] });
  });

  it('removeNearest takes the closest point, says which, and undo puts it back', () => {
    const s = [[0, 0], [10, 10], [9, 8]].reduce((acc, p, i) => addPoint(acc, [p[0], p[1]], i), emptyPoints());
    const r = removeNearest(s, [10, 9.5]);
    expect(r.removed).toEqual({ at: [10, 10], label: 1 });
    expect(r.state.X).toEqual([[0, 0], [9, 8]]);
    expect(r.state.y).toEqual([0, 2]);
    expect(undoEdit(r.state).X).toEqual(s.X);
  });

  it('removeNearest on a tie takes the first, and with no points changes nothing', () => {
    const s = addPoint(addPoint(emptyPoints(), [-1, 0], 0), [1, 0], 1);
    expect(removeNearest(s, [0, 5]).removed?.label).toBe(0);
    const none = removeNearest(emptyPoints(), [0, 0]);
    expect(none.removed).toBeUndefined();
    expect(none.state).toEqual(emptyPoints());
  });

  it('clearPoints of no points adds no undo step', () => {
    const s = emptyPoints();
    expect(clearPoints(s)).toBe(s);
  });

  it('replacePoints copies the new points, and undo brings the old ones back', () => {
    const file = { X: [[5, 6], [7, 8]], y: [1, 0] };
    const s = replacePoints(addPoint(emptyPoints(), [1, 1], 2), file);
    file.X[0][0] = 99;
    expect(s.X).toEqual([[5, 6], [7, 8]]);
    expect(undoEdit(s).X).toEqual([[1, 1]]);
    expect(replacePoints(undefined, file).past).toEqual([]);
  });

  it(`keeps the last ${UNDO_LIMIT} edits`, () => {
    let s = emptyPoints();
    for (let i = 0; i < UNDO_LIMIT + 20; i++) s = addPoint(s, [i, i], i % 2);
    expect(s.past).toHaveLength(UNDO_LIMIT);
    for (let i = 0; i < UNDO_LIMIT + 20; i++) s = undoEdit(s);
    expect(s.X).toHaveLength(20);
  });
});
