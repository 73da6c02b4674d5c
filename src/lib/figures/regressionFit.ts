import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { regressionRows } from './regressionFrame';
import { regressionFitLines } from './regressionFitLines';
import { noiseFreeKey, PREDICTION_KEY, regressionFitFrame, type RegressionFitOptions } from './regressionFitFrame';

export type { RegressionFitOptions } from './regressionFitFrame';

/** Figure 9, third panel: the fitted function drawn over the data (axes and words: regressionFitFrame). */
export function regressionFit(o: RegressionFitOptions): PlotOptions {
  const rows = regressionRows(o);
  const lines = regressionFitLines(o);
  const points = rows.map((d) => ({ ...d, key: o.split ? d.split : 'data' }));
  const truthKey = noiseFreeKey(o.target);
  return {
    ...regressionFitFrame(o, rows, lines),
    marks: [
      Plot.dot(points, { x: 'x', y: 'y', fill: 'key', r: 1.5, fillOpacity: 0.45 }),
      Plot.line(lines.prediction, { x: 'x', y: 'y', stroke: () => PREDICTION_KEY, strokeWidth: 2.5, clip: true }),
      Plot.line(lines.truth, { x: 'x', y: 'y', stroke: () => truthKey, strokeWidth: 2, strokeDasharray: '6 4' }),
    ],
  };
}
