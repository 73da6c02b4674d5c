import type { PlotOptions } from '@observablehq/plot';

/** The points of one look of a dot mark (one merged path, see mergeDots), in data units and data order. */
export interface LookPoints {
  x: number[];
  y: number[];
}

/**
 * A figure of many dots in two steps, without Plot drawing each of them: `frame` draws the
 * figure with only the first point of each look (axes, legends and scales still those of all
 * the points), so it holds one merged path per look; src/lib/plot/fillDotLooks then gives each
 * path the points of its look. The result is the markup of one drawing of all the points.
 */
export interface DotLooks {
  frame: PlotOptions;
  /**
   * Each dot mark of the figure, in order, as its looks in the order of their first points.
   * A mark without points has no looks (Plot leaves such a mark out).
   */
  marks: LookPoints[][];
}

/** The first sample of every look of every mark, in data order: what the frame draws. */
export function firstOfEachLook(marks: readonly (readonly number[][])[]): number[] {
  return marks.flatMap((looks) => looks.map((look) => look[0]!)).sort((a, b) => a - b);
}

/** The data-unit points of a look's samples, read by `x` and `y`. */
export function lookPoints(indices: readonly number[], x: (i: number) => number, y: (i: number) => number): LookPoints {
  const out: LookPoints = { x: new Array<number>(indices.length), y: new Array<number>(indices.length) };
  for (let k = 0; k < indices.length; k++) {
    out.x[k] = x(indices[k]!);
    out.y[k] = y(indices[k]!);
  }
  return out;
}
