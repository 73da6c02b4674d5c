import type { DataPoint } from '../plot/linePath';
import { regressionTarget, type RegressionTarget } from '../data/regressionTarget';

/**
 * The two lines of the regression fit: the model's prediction sorted along x, and the
 * noise-free function at the same x (none when `noiseFree` is false).
 */
export function regressionFitLines(o: {
  curve: { x: readonly number[]; y: readonly number[] };
  noiseFree?: boolean;
  target?: RegressionTarget;
}): { prediction: DataPoint[]; truth: DataPoint[] } {
  if (o.curve.y.length !== o.curve.x.length) throw new RangeError(`regressionFit: curve has ${o.curve.x.length} x and ${o.curve.y.length} y values`);
  const prediction = o.curve.x.map((x, i) => ({ x, y: o.curve.y[i] })).sort((a, b) => a.x - b.x);
  const target = o.target ?? 'sigmoid';
  const truth = (o.noiseFree ?? true) ? prediction.map((d) => ({ x: d.x, y: regressionTarget(target, d.x) })) : [];
  return { prediction, truth };
}
