import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { describeRange } from './describe';
import { regressionFrame, regressionRows, sharedRegressionRows } from './regressionFrame';
import { inRange, type PointRange } from './pointRange';
import { lookPoints, type DotLooks } from './dotLooks';

export interface RegressionScatterOptions {
  x: readonly number[];
  y: readonly number[];
  /** Outer size in px. Defaults 640 x 400. */
  width?: number;
  height?: number;
  /** Draw only the samples at indices [start, end), with the scales of all of them (pointRange). */
  range?: PointRange;
}

/** Figure 9, first panel: the noisy sigmoid samples. */
export function regressionScatter(o: RegressionScatterOptions): PlotOptions {
  const rows = o.range ? sharedRegressionRows(o) : regressionRows(o);
  return {
    ...regressionFrame(o, o.range && rows),
    ariaLabel: `Scatter plot of the ${rows.length} regression samples`,
    ariaDescription:
      `Each dot is one sample: x ${describeRange(o.x)}, y ${describeRange(o.y)}. ` +
      `The points follow a falling S-shaped curve from about 1 on the left to about 0 on the right, scattered by noise.`,
    marks: [Plot.dot(inRange(rows, o.range), { x: 'x', y: 'y', r: 1.6, fill: 'currentColor', fillOpacity: 0.55 })],
  };
}

/** The scatter of `o` as its frame and its one look (dotLooks), for a live figure of many points. */
export function regressionScatterLooks(o: Omit<RegressionScatterOptions, 'range'>): DotLooks {
  const all = Array.from({ length: o.x.length }, (_, i) => i);
  return {
    frame: regressionScatter({ ...o, range: { indices: all.slice(0, 1) } }),
    marks: [all.length ? [lookPoints(all, (i) => o.x[i]!, (i) => o.y[i]!)] : []],
  };
}
