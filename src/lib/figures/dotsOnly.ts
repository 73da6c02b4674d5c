/**
 * A later part of a figure drawn part by part (pointRange, appendDots) keeps only its dots: the
 * same size, margins and scales place them where the whole figure would, while its axes, grid
 * lines and legends, which the first part already drew, are left out rather than drawn again and
 * thrown away.
 */
import type { PlotOptions, ScaleOptions } from '@observablehq/plot';

const POSITION = ['x', 'y', 'fx', 'fy'] as const;
const LEGENDS = ['color', 'symbol', 'opacity', 'r'] as const;

export function dotsOnly(o: PlotOptions): PlotOptions {
  const out: PlotOptions = { ...o, grid: false };
  for (const name of POSITION) {
    const s = o[name] as ScaleOptions | undefined;
    if (s) out[name] = { ...s, axis: null, grid: false } as never;
  }
  for (const name of LEGENDS) {
    const s = o[name] as ScaleOptions | undefined;
    if (s && typeof s === 'object') out[name] = { ...s, legend: false } as never;
  }
  return out;
}
