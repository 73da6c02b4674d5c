/**
 * The samples one part of a figure draws: indices [start, end) of its data. A figure with
 * thousands of points can be drawn part by part, one short task each (src/lib/plot/appendDots
 * joins the parts), every part with the scales, legend and labels of all the points.
 */
export interface PointRange {
  start: number;
  end: number;
}

/** The rows `range` selects, or all of them without one. */
export function inRange<T>(rows: readonly T[], range: PointRange | undefined): T[] {
  return range ? rows.slice(range.start, range.end) : [...rows];
}
