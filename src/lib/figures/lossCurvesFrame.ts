import type { PlotOptions } from '@observablehq/plot';
import { OKABE_ITO } from './palette';
import { formatNumber } from './describe';
import { MARGINS, X_LABEL } from './frame';
import { CURVE_SERIES, type CurveMetric, type CurveRow, type CurveSeries, type EpochMetrics } from './curveRows';
import { curveDomain } from './curveDomain';

export interface LossCurvesOptions {
  /** One entry per finished epoch. */
  history: readonly EpochMetrics[];
  /** Which curves: cross-entropy loss, accuracy, or the regression's loss named as mean squared error. */
  metric: CurveMetric;
  /** A horizontal rule at the lesson's reported value, labelled. */
  reference?: { value: number; label?: string /* default "lesson" */ };
  /** Total epochs planned: fixes the x axis so it does not rescale while training runs. */
  epochs?: number;
  /**
   * The value axis on show, kept while the values fit it (curveDomain's `held`): a live run
   * filling the chart of the last one passes that chart's axis. Not for accuracy, always [0, 1].
   */
  heldAxis?: readonly [number, number];
  /** Outer size in px. Defaults 640 x 300. */
  width?: number;
  height?: number;
}

const NAMES: Record<CurveMetric, string> = { loss: 'loss (cross-entropy)', accuracy: 'accuracy', mse: 'mean squared error' };

/** The words beside the lesson's rule, e.g. "lesson: 0.1815". */
export function referenceLabel(ref: NonNullable<LossCurvesOptions['reference']>): string {
  return `${ref.label ?? 'lesson'}: ${formatNumber(ref.value, 4)}`;
}

/**
 * Everything of the lossCurves figure of `o` but its marks: size, scales, legend and words, from
 * `rows` (curveRows of its history). The loss axis runs from 0 to a round number above the
 * values and the lesson's rule (curveDomain), so while a run trains it changes only when a value
 * passes its top, and a live figure moves its lines alone until then (lossCurvePaths).
 */
export function lossCurvesFrame(o: LossCurvesOptions, rows: readonly CurveRow[]): PlotOptions {
  const name = NAMES[o.metric];
  const lastOf = (s: CurveSeries) => rows.filter((d) => d.series === s).pop();
  const ends = CURVE_SERIES.map((s) => lastOf(s))
    .filter((d) => d !== undefined)
    .map((d) => `${d.series} ${formatNumber(d.value, 4)}`)
    .join(', ');
  const ref = o.reference;
  const rule = ref ? ` A dashed rule marks the ${referenceLabel(ref)}.` : '';
  const epochs = o.epochs ?? Math.max(1, ...o.history.map((e) => e.epoch));
  // 1 for 1-based epoch numbers, 0 for 0-based ones, so the axis is stable from the first event.
  const first = Math.min(1, ...o.history.map((e) => e.epoch));
  const values = rows.length ? [...rows.map((d) => d.value), ...(ref ? [ref.value] : [])] : [];
  return {
    ...MARGINS,
    width: o.width ?? 640,
    height: o.height ?? 300,
    x: { domain: [first, epochs], label: 'epoch', tickFormat: 'd', ...X_LABEL },
    y: { domain: o.metric === 'accuracy' ? [0, 1] : curveDomain(values, o.heldAxis), label: name, grid: true },
    color: { domain: [...CURVE_SERIES], range: [OKABE_ITO[0], OKABE_ITO[1]], legend: true },
    ariaLabel: `${name} per epoch, training and validation`,
    ariaDescription: (o.history.length > 0 ? `After ${o.history.length} epochs the ${name} is ${ends}.` : `No epochs yet.`) + rule,
  };
}
