import type { PlotOptions } from '@observablehq/plot';
import { heatmapFigure, type HeatmapCell } from './heatmapCells';
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
  return {
    ...heatmapFigure(cells, { extent: o.extent, digits: o.digits, marginLeft: 64 }),
    width: o.width ?? 200,
    height: o.height ?? 240,
    ariaLabel: `Heatmap of the bias vector with ${o.bias.length} entries`,
    ariaDescription:
      `One cell per class; blue is negative, red positive. ` + cells.map((c) => `${c.row}: ${formatNumber(c.value)}`).join('; ') + '.',
  };
}
