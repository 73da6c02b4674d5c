import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { OKABE_ITO } from './palette';
import { formatNumber } from './describe';
import { regressionFrame, regressionRows, type RegressionSamples } from './regressionFrame';
import { SPLIT_COLORS } from './regressionSplit';
import { REGRESSION_TARGET_FORMULAS, type RegressionTarget } from '../data/regressionTarget';
import { regressionFitLines } from './regressionFitLines';

export interface RegressionFitOptions extends RegressionSamples {
  /** The model's prediction sampled along x (e.g. at the data's x, sorted). */
  curve: { x: readonly number[]; y: readonly number[] };
  /** Also draw the noise-free function the data came from. Default true. */
  noiseFree?: boolean;
  /** That function: the lesson's sigmoid 1 / (1 + e^x) by default. */
  target?: RegressionTarget;
  /** Outer size in px. Defaults 640 x 400. */
  width?: number;
  height?: number;
}

/** Least and greatest of some numbers, as a scale domain. */
function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

const PREDICTION = 'model prediction';

/** Figure 9, third panel: the fitted function drawn over the data. */
export function regressionFit(o: RegressionFitOptions): PlotOptions {
  const rows = regressionRows(o);
  const { prediction: curve, truth } = regressionFitLines(o);
  const noiseFree = o.noiseFree ?? true;
  const noiseFreeKey = `noise-free ${REGRESSION_TARGET_FORMULAS[o.target ?? 'sigmoid']}`;
  const worst = truth.reduce((m, d, i) => Math.max(m, Math.abs(d.y - curve[i].y)), 0);
  const dataKeys = o.split ? ['train', 'test'] : ['data'];
  const domain = [...dataKeys, PREDICTION, ...(noiseFree ? [noiseFreeKey] : [])];
  const range = [...(o.split ? [SPLIT_COLORS.train, SPLIT_COLORS.test] : ['#888']), 'currentColor', ...(noiseFree ? [OKABE_ITO[3]] : [])];
  const points = rows.map((d) => ({ ...d, key: o.split ? d.split : 'data' }));

  // The domains Plot would take from all the marks, written out, so a live figure can draw the
  // lines alone where they land in the whole figure (regressionFitPaths).
  const frame = regressionFrame(o);
  const xs = [...rows.map((d) => d.x), ...curve.map((d) => d.x)];
  const ys = [...rows.map((d) => d.y), ...curve.map((d) => d.y), ...truth.map((d) => d.y)];
  return {
    ...frame,
    x: { ...(frame.x as object), domain: extent(xs) },
    y: { ...(frame.y as object), domain: extent(ys) },
    color: { domain, range, legend: true },
    ariaLabel: `The model's prediction drawn over the ${rows.length} regression samples`,
    ariaDescription:
      `Dots are the samples${o.split ? ' (blue training, orange test)' : ''}; the solid line is the model's prediction at ${curve.length} x values, ` +
      `from ${formatNumber(curve[0]?.y ?? NaN)} at x = ${formatNumber(curve[0]?.x ?? NaN)} to ${formatNumber(curve[curve.length - 1]?.y ?? NaN)} at x = ${formatNumber(curve[curve.length - 1]?.x ?? NaN)}.` +
      (noiseFree ? ` The dashed line is the noise-free function; the prediction is at most ${formatNumber(worst, 2)} away from it.` : ''),
    marks: [
      Plot.dot(points, { x: 'x', y: 'y', fill: 'key', r: 1.5, fillOpacity: 0.45 }),
      Plot.line(curve, { x: 'x', y: 'y', stroke: () => PREDICTION, strokeWidth: 2.5 }),
      Plot.line(truth, { x: 'x', y: 'y', stroke: () => noiseFreeKey, strokeWidth: 2, strokeDasharray: '6 4' }),
    ],
  };
}
