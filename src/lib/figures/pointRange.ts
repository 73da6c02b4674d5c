/**
 * The samples one part of a figure draws: indices [start, end) of its data, or the samples at
 * `indices` (in that order). A figure with thousands of points can be drawn part by part, one
 * short task each (src/lib/plot/appendDots joins the parts), or as its frame with one point of
 * each look whose paths are then filled in (dotLooks), every part with the scales, legend and
 * labels of all the points.
 */
export type PointRange = { start: number; end: number } | { indices: readonly number[] };

/** The rows `range` selects, or all of them without one. */
export function inRange<T>(rows: readonly T[], range: PointRange | undefined): T[] {
  if (!range) return [...rows];
  if ('indices' in range) return range.indices.map((i) => rows[i]!);
  return rows.slice(range.start, range.end);
}
