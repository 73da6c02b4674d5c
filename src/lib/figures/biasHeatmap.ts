import type { PlotOptions } from '@observablehq/plot';
import { heatmapColor, heatmapExtent, heatmapMarks, type HeatmapCell } from './heatmapCells';
import { formatNumber } from './describe';

export interface BiasHeatmapOptions {
  /** Bias vector, one entry per class. */
  bias: readonly number[];
  /** Outer size in px. Defaults 200 x 240 (matching weightHeatmap's height). */
  width?: number;
  height?: number;
  /** Magnitude mapped to the deepest colour. Default: largest |bias|. */
  extent?: number;
  /** Decimals written in the cells. Default 3. */
  digits?: number;
}

/** Figure 5, right: the learned bias as a column of cells, one per class, with its value. */
export function biasHeatmap(o: BiasHeatmapOptions): PlotOptions {
  const cells: HeatmapCell[] = o.bias.map((value, k) => ({ row: `class ${k}`, column: 'b', value }));
  const extent = heatmapExtent(cells, o.extent);
  return {
    width: o.width ?? 200,
    height: o.height ?? 240,
    marginTop: 28,
    marginLeft: 64,
    marginBottom: 12,
    marginRight: 12,
    padding: 0,
    x: { axis: 'top', label: null, tickSize: 0 },
    y: { label: null, tickSize: 0 },
    color: heatmapColor(extent),
    ariaLabel: `Heatmap of the bias vector with ${o.bias.length} entries`,
    ariaDescription:
      `One cell per class; blue is negative, red positive. ` + cells.map((c) => `${c.row}: ${formatNumber(c.value)}`).join('; ') + '.',
    marks: heatmapMarks(cells, extent, o.digits),
  };
}
