import { linePath } from '../plot/linePath';
import { positionScales } from '../plot/positionScales';
import { regressionRows } from './regressionFrame';
import { regressionFitFrame, type RegressionFitOptions } from './regressionFitFrame';
import { regressionFitLines } from './regressionFitLines';

export interface RegressionFitPaths {
  /** The scales and size of the drawing: two drawings of the same data and frame differ only in these lines. */
  frame: string;
  /** The `d` of the prediction's path and of the noise-free function's (when drawn). */
  lines: string[];
  /** The figure's description (its ariaDescription). */
  description: string;
}

/**
 * The lines of the regressionFit drawing of `o` as Plot draws them, computed from the figure's
 * scales without Plot: a live figure sets these on the figure on show instead of drawing its
 * thousand dots again. Undefined when the figure's scales are not fixed by its options.
 */
export function regressionFitPaths(o: RegressionFitOptions): RegressionFitPaths | undefined {
  const rows = regressionRows(o);
  const lines = regressionFitLines(o);
  const figure = regressionFitFrame(o, rows, lines);
  const scales = positionScales(figure);
  if (!scales) return undefined;
  return {
    frame: JSON.stringify([figure.x, figure.y, figure.width, figure.height, figure.color]),
    lines: [lines.prediction, lines.truth].filter((line) => line.length > 0).map((line) => linePath(line, scales.x, scales.y)),
    description: figure.ariaDescription ?? '',
  };
}
