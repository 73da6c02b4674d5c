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
export function regressionFrame(o: { width?: number; height?: number }): PlotOptions {
  return {
    ...MARGINS,
    width: o.width ?? 640,
    height: o.height ?? 400,
    x: { label: 'x', grid: true, ...X_LABEL },
    y: { label: 'y', grid: true },
  };
}

export function regressionRows(o: RegressionSamples): { x: number; y: number; split: Split }[] {
  if (o.y.length !== o.x.length) throw new RangeError(`regression figure: ${o.x.length} x values but ${o.y.length} y values`);
  if (o.split && o.split.length !== o.x.length) throw new RangeError(`regression figure: ${o.x.length} samples but ${o.split.length} split marks`);
  return o.x.map((x, i) => ({ x, y: o.y[i], split: o.split ? o.split[i] : 'train' }));
}
