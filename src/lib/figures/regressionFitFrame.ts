import type { PlotOptions } from '@observablehq/plot';
import type { DataPoint } from '../plot/linePath';
import { OKABE_ITO } from './palette';
import { formatNumber } from './describe';
import { regressionFrame, type RegressionSamples } from './regressionFrame';
import { SPLIT_COLORS } from './regressionSplit';
import type { Split } from './split';
import { REGRESSION_TARGET_FORMULAS, type RegressionTarget } from '../data/regressionTarget';

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

/** Colour keys of the fit's two lines (their legend entries). */
export const PREDICTION_KEY = 'model prediction';
export const noiseFreeKey = (target: RegressionTarget | undefined) => `noise-free ${REGRESSION_TARGET_FORMULAS[target ?? 'sigmoid']}`;

/** Least and greatest of the x or y of some points, as a scale domain. */
function extent(groups: readonly (readonly DataPoint[])[], axis: 'x' | 'y'): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const points of groups) {
    for (const p of points) {
      const v = p[axis];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [lo, hi];
}

/**
 * Everything of the regressionFit figure of `o` but its marks, from its samples (`rows`,
 * regressionRows) and its two lines (regressionFitLines). The domains are written out, so that a
 * live figure can move the lines alone where they land in the whole figure (regressionFitPaths):
 * x spans the samples and the curve's x, y the samples and the noise-free function. The
 * prediction is clipped to that frame (regressionFit), so a curve that strays while a model
 * trains leaves the chart's edge instead of moving its axis; a trained curve lies inside.
 */
export function regressionFitFrame(
  o: RegressionFitOptions,
  rows: readonly { x: number; y: number; split: Split }[],
  lines: { prediction: readonly DataPoint[]; truth: readonly DataPoint[] },
): PlotOptions {
  const { prediction: curve, truth } = lines;
  const noiseFree = o.noiseFree ?? true;
  const worst = truth.reduce((m, d, i) => Math.max(m, Math.abs(d.y - curve[i].y)), 0);
  const dataKeys = o.split ? ['train', 'test'] : ['data'];
  const domain = [...dataKeys, PREDICTION_KEY, ...(noiseFree ? [noiseFreeKey(o.target)] : [])];
  const range = [...(o.split ? [SPLIT_COLORS.train, SPLIT_COLORS.test] : ['#888']), 'currentColor', ...(noiseFree ? [OKABE_ITO[3]] : [])];
  const frame = regressionFrame(o);
  const first = curve[0];
  const last = curve[curve.length - 1];
  return {
    ...frame,
    x: { ...(frame.x as object), domain: extent([rows, curve], 'x') },
    y: { ...(frame.y as object), domain: extent([rows, truth], 'y') },
    color: { domain, range, legend: true },
    ariaLabel: `The model's prediction drawn over the ${rows.length} regression samples`,
    ariaDescription:
      `Dots are the samples${o.split ? ' (blue training, orange test)' : ''}; the solid line is the model's prediction at ${curve.length} x values, ` +
      `from ${formatNumber(first?.y ?? NaN)} at x = ${formatNumber(first?.x ?? NaN)} to ${formatNumber(last?.y ?? NaN)} at x = ${formatNumber(last?.x ?? NaN)}.` +
      (noiseFree ? ` The dashed line is the noise-free function; the prediction is at most ${formatNumber(worst, 2)} away from it.` : ''),
  };
}
