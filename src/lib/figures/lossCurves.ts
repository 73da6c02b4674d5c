import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { OKABE_ITO } from './palette';
import { formatNumber } from './describe';
import { MARGINS, X_LABEL } from './frame';
import { CURVE_SERIES, curveRows, type CurveMetric, type CurveSeries, type EpochMetrics } from './curveRows';
import { curveDomain } from './curveDomain';

export type { CurveMetric, EpochMetrics } from './curveRows';

export interface LossCurvesOptions {
  /** One entry per finished epoch. */
  history: readonly EpochMetrics[];
  /** Which curves: cross-entropy loss, accuracy, or the regression's loss named as mean squared error. */
  metric: CurveMetric;
  /** A horizontal rule at the lesson's reported value, labelled. */
  reference?: { value: number; label?: string /* default "lesson" */ };
  /** Total epochs planned: fixes the x axis so it does not rescale while training runs. */
  epochs?: number;
  /** Outer size in px. Defaults 640 x 300. */
  width?: number;
  height?: number;
}

/** Radius of the dot at each epoch. */
export const CURVE_DOT_RADIUS = 2.5;

const NAMES: Record<CurveMetric, string> = { loss: 'loss (cross-entropy)', accuracy: 'accuracy', mse: 'mean squared error' };

/**
 * Training and validation curves per epoch, for the trainer and the regression demo. The loss
 * axis runs from 0 to a round number above the values (curveDomain), so while a run trains it
 * changes only when a value passes its top (see lossCurvePaths).
 */
export function lossCurves(o: LossCurvesOptions): PlotOptions {
  const rows = curveRows(o.history, o.metric);
  const name = NAMES[o.metric];
  const last = o.history[o.history.length - 1];
  const lastOf = (s: CurveSeries) => rows.filter((d) => d.series === s).pop();
  const ends = CURVE_SERIES.map((s) => lastOf(s))
    .filter((d) => d !== undefined)
    .map((d) => `${d.series} ${formatNumber(d.value, 4)}`)
    .join(', ');
  const ref = o.reference;
  const refLabel = ref ? `${ref.label ?? 'lesson'}: ${formatNumber(ref.value, 4)}` : '';
  const epochs = o.epochs ?? Math.max(1, ...o.history.map((e) => e.epoch));
  // 1 for 1-based epoch numbers, 0 for 0-based ones, so the axis is stable from the first event.
  const first = Math.min(1, ...o.history.map((e) => e.epoch));

  return {
    ...MARGINS,
    width: o.width ?? 640,
    height: o.height ?? 300,
    x: { domain: [first, epochs], label: 'epoch', tickFormat: 'd', ...X_LABEL },
    y: { domain: o.metric === 'accuracy' ? [0, 1] : curveDomain(rows.length ? [...rows.map((d) => d.value), ...(ref ? [ref.value] : [])] : []), label: name, grid: true },
    color: { domain: [...CURVE_SERIES], range: [OKABE_ITO[0], OKABE_ITO[1]], legend: true },
    ariaLabel: `${name} per epoch, training and validation`,
    ariaDescription: last
      ? `After ${o.history.length} epochs the ${name} is ${ends}.` + (ref ? ` A dashed rule marks the ${refLabel}.` : '')
      : `No epochs yet.` + (ref ? ` A dashed rule marks the ${refLabel}.` : ''),
    marks: [
      ...(ref ? [Plot.ruleY([ref.value], { strokeDasharray: '3 3', strokeOpacity: 0.8 }), Plot.text([refLabel], { frameAnchor: 'right', y: ref.value, dy: -8, textAnchor: 'end' })] : []),
      Plot.line(rows.filter((d) => d.series === 'training'), { x: 'epoch', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.line(rows.filter((d) => d.series === 'validation'), { x: 'epoch', y: 'value', stroke: 'series', strokeWidth: 2, strokeDasharray: '6 3' }),
      Plot.dot(rows, { x: 'epoch', y: 'value', fill: 'series', r: CURVE_DOT_RADIUS }),
    ],
  };
}
