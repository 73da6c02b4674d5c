import type { PlotOptions } from '@observablehq/plot';
import { MARGINS, X_LABEL } from './frame';
import type { Split } from './split';

/** The regression's samples: x, noisy y, and (optionally) which split each belongs to. */
export interface RegressionSamples {
  x: readonly number[];
  y: readonly number[];
  split?: readonly Split[];
}

/** Common size (default 640 x 400) and axes of the three regression figures. */
export function regressionFrame(o: { width?: number; height?: number }, pinTo?: readonly { x: number; y: number }[]): PlotOptions {
  // Plot's own domain of these scales is the extent of the points drawn; a figure drawn part by
  // part (pointRange) pins it to the extent of all of them, `pinTo`, so every part lines up.
  const pin = (values: number[]) => (pinTo ? { domain: [Math.min(...values), Math.max(...values)] } : {});
  return {
    ...MARGINS,
    width: o.width ?? 640,
    height: o.height ?? 400,
    x: { label: 'x', grid: true, ...X_LABEL, ...pin(pinTo?.map((r) => r.x) ?? []) },
    y: { label: 'y', grid: true, ...pin(pinTo?.map((r) => r.y) ?? []) },
  };
}

/** The rows of the parts of one figure drawn part by part, made once (the arrays are never changed). */
const partRows = new WeakMap<object, { y: readonly number[]; split: readonly Split[] | undefined; rows: { x: number; y: number; split: Split }[] }>();

/** regressionRows, made once for all the parts of a figure drawn part by part. */
export function sharedRegressionRows(o: RegressionSamples): { x: number; y: number; split: Split }[] {
  const hit = partRows.get(o.x);
  if (hit && hit.y === o.y && hit.split === o.split) return hit.rows;
  const rows = regressionRows(o);
  partRows.set(o.x, { y: o.y, split: o.split, rows });
  return rows;
}

export function regressionRows(o: RegressionSamples): { x: number; y: number; split: Split }[] {
  if (o.y.length !== o.x.length) throw new RangeError(`regression figure: ${o.x.length} x values but ${o.y.length} y values`);
  if (o.split && o.split.length !== o.x.length) throw new RangeError(`regression figure: ${o.x.length} samples but ${o.split.length} split marks`);
  return o.x.map((x, i) => ({ x, y: o.y[i], split: o.split ? o.split[i] : 'train' }));
}
