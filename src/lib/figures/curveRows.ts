/** What the loss curves read from each epoch (a training run's EpochEvent fits it). */
export interface EpochMetrics {
  epoch: number;
  loss: number;
  accuracy?: number;
  valLoss?: number;
  valAccuracy?: number;
}

export type CurveMetric = 'loss' | 'accuracy' | 'mse';

export const CURVE_SERIES = ['training', 'validation'] as const;
export type CurveSeries = (typeof CURVE_SERIES)[number];

export interface CurveRow {
  epoch: number;
  value: number;
  series: CurveSeries;
}

/**
 * The points of the training and validation curves of `metric`, epoch by epoch (each epoch's
 * training value before its validation value); values that are not finite numbers are left out.
 */
export function curveRows(history: readonly EpochMetrics[], metric: CurveMetric): CurveRow[] {
  const train = metric === 'accuracy' ? 'accuracy' : 'loss';
  const val = metric === 'accuracy' ? 'valAccuracy' : 'valLoss';
  const rows: CurveRow[] = [];
  for (const e of history) {
    const t = e[train];
    const v = e[val];
    if (t !== undefined && Number.isFinite(t)) rows.push({ epoch: e.epoch, value: t, series: 'training' });
    if (v !== undefined && Number.isFinite(v)) rows.push({ epoch: e.epoch, value: v, series: 'validation' });
  }
  return rows;
}
