import type { PlotOptions } from '@observablehq/plot';
import { linePath } from '../plot/linePath';
import { positionScales } from '../plot/positionScales';
import type { RegressionFitOptions } from './regressionFit';
import { regressionFitLines } from './regressionFitLines';

/**
 * The `d` of the prediction's path and of the noise-free function's (when drawn) in `figure`,
 * the regressionFit drawing of `o`, as Plot draws them: a live figure sets these on the figure
 * on show instead of drawing its thousand dots again. Undefined when the figure's scales are
 * not fixed by its options.
 */
export function regressionFitPaths(o: RegressionFitOptions, figure: PlotOptions): string[] | undefined {
  const scales = positionScales(figure);
  if (!scales) return undefined;
  const { prediction, truth } = regressionFitLines(o);
  return [prediction, truth].filter((line) => line.length > 0).map((line) => linePath(line, scales.x, scales.y));
}
