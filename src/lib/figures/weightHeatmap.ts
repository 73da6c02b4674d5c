import type { PlotOptions } from '@observablehq/plot';
import { heatmapFigure, type HeatmapCell } from './heatmapCells';
import { formatNumber } from './describe';

export interface WeightHeatmapOptions {
  /** Dense kernel in Keras layout: kernel[i][j] is the weight from input feature i to class j. */
  kernel: readonly (readonly number[])[];
  /** Outer size in px. Defaults 320 x 240. */
  width?: number;
  height?: number;
  /** Magnitude mapped to the deepest colour; pass the same to biasHeatmap to compare them. Default: largest |weight|. */
  extent?: number;
  /** Decimals written in the cells. Default 3. */
  digits?: number;
}

/** Figure 5, left: the learned weight matrix, one cell per weight with its value. */
export function weightHeatmap(o: WeightHeatmapOptions): PlotOptions {
  const cells: HeatmapCell[] = o.kernel.flatMap((row, i) => row.map((value, j) => ({ row: `x${sub(i)}`, column: `class ${j}`, value })));
  const inputs = o.kernel.length;
  const units = o.kernel[0]?.length ?? 0;
  return {
    ...heatmapFigure(cells, { extent: o.extent, digits: o.digits, marginLeft: 44 }),
    width: o.width ?? 320,
    height: o.height ?? 240,
    ariaLabel: `Heatmap of the ${inputs} by ${units} weight matrix`,
    ariaDescription:
      `One cell per weight, row = input feature, column = output class; blue is negative, red positive. ` +
      cells.map((c) => `${c.row} to ${c.column}: ${formatNumber(c.value)}`).join('; ') + '.',
  };
}

function sub(i: number): string {
  return String(i).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
}
