import * as Plot from '@observablehq/plot';
import type { Markish, PlotOptions, ScaleOptions } from '@observablehq/plot';
import { formatNumber } from './describe';

/** One cell of a small matrix heatmap. */
export interface HeatmapCell {
  column: string;
  row: string;
  value: number;
}

/** The largest magnitude to colour against: the given one, or the cells' own (never 0). */
export function heatmapExtent(cells: readonly HeatmapCell[], extent?: number): number {
  if (extent !== undefined && extent > 0) return extent;
  const m = Math.max(0, ...cells.map((c) => Math.abs(c.value)).filter(Number.isFinite));
  return m > 0 ? m : 1;
}

/**
 * A diverging blue–white–red scale centred on zero (ColorBrewer RdBu, readable with colour-vision
 * deficiencies): the sign of a weight is its hue, its size the depth.
 */
export function heatmapColor(extent: number): ScaleOptions {
  return { type: 'linear', scheme: 'BuRd', domain: [-extent, extent], legend: false };
}

/**
 * Cells and their values. The cell colours are fixed (not the page's), so the text is
 * white on deep cells and near-black on pale ones, in light and dark mode alike.
 */
export function heatmapMarks(cells: readonly HeatmapCell[], extent: number, digits = 3): Markish[] {
  const deep = (c: HeatmapCell) => Math.abs(c.value) > 0.55 * extent;
  const label = (c: HeatmapCell) => (Number.isFinite(c.value) ? c.value.toFixed(digits).replace('-', '−') : formatNumber(c.value));
  const text = { x: 'column', y: 'row', text: label, fontSize: 15, fontVariant: 'tabular-nums' } as const;
  return [
    Plot.cell(cells, { x: 'column', y: 'row', fill: 'value', inset: 1 }),
    Plot.text(cells.filter(deep), { ...text, fill: 'white' }),
    Plot.text(cells.filter((c) => !deep(c)), { ...text, fill: '#111' }),
  ];
}

/**
 * What every heatmap figure shares: its frame (column names on top, no ticks, no padding between
 * cells), the diverging colour scale and the cells. Callers add the size and the text.
 */
export function heatmapFigure(cells: readonly HeatmapCell[], o: { extent?: number; digits?: number; marginLeft: number }): PlotOptions {
  const extent = heatmapExtent(cells, o.extent);
  return {
    marginTop: 28,
    marginLeft: o.marginLeft,
    marginBottom: 12,
    marginRight: 12,
    padding: 0,
    x: { axis: 'top', label: null, tickSize: 0 },
    y: { label: null, tickSize: 0 },
    color: heatmapColor(extent),
    marks: heatmapMarks(cells, extent, o.digits),
  };
}
