import type { PlotOptions } from '@observablehq/plot';
import { classColorScale, classesOf } from './palette';
import { formatNumber } from './describe';
import { gridCells } from './gridCells';
import { squareFrame, X_LABEL } from './frame';

export interface DecisionBoundaryOptions {
  /** Grid points from decisionGrid (n x n rows, row i*n + j = [x[j], x[i]]). */
  grid: readonly (readonly number[])[];
  /** Predicted class of each grid point. */
  gridClasses: readonly number[];
  /** Data drawn on top, coloured by `y` (optional). */
  X?: readonly (readonly number[])[];
  y?: readonly number[];
  /** Outer size in px. Default width 560; height makes the plotting area square. */
  width?: number;
  height?: number;
  /** Opacity of the class regions, so the data on top stays visible in both themes. Default 0.3. */
  regionOpacity?: number;
  /** Dot radius of the data in px. Default 1.8. */
  r?: number;
}

/**
 * Everything of the decision boundary figure but its marks: frame, scales, colours, label and
 * description. decisionBoundary adds the marks; the live figure, which redraws only the regions
 * while a model trains, takes the description and the scales from here without building them.
 */
export function boundaryLayout(o: DecisionBoundaryOptions): PlotOptions {
  const cells = gridCells(o.grid);
  const X = o.X ?? [];
  const y = o.y ?? [];
  if (y.length !== X.length) throw new RangeError(`decisionBoundary: ${X.length} samples but ${y.length} labels`);
  if (o.gridClasses.length !== o.grid.length) throw new RangeError(`decisionBoundary: ${o.grid.length} grid points but ${o.gridClasses.length} classes`);
  const domain: [number, number] = [Math.min(cells.x1, cells.y1), Math.max(cells.x2, cells.y2)];
  const counts = new Map<number, number>();
  for (const k of o.gridClasses) counts.set(k, (counts.get(k) ?? 0) + 1);
  const classes = classesOf([...counts.keys(), ...y]);
  const share = classes.map((k) => `class ${k} ${formatNumber((100 * (counts.get(k) ?? 0)) / o.gridClasses.length, 3)}%`).join(', ');
  const lo = formatNumber(o.grid[0][0]);
  const hi = formatNumber(o.grid[o.grid.length - 1][0]);
  const n = cells.n;
  return {
    ...squareFrame(o.width ?? 560, o.height),
    x: { domain, label: 'feature x₀', ticks: 8, ...X_LABEL },
    y: { domain, label: 'feature x₁', ticks: 8 },
    color: classColorScale(classes),
    ariaLabel: `Decision regions of the classifier over a ${n} by ${n} grid`,
    ariaDescription:
      `The square from ${lo} to ${hi} in both features, sampled at ${n * n} grid points, each shaded by the class the model predicts there: ${share} of the grid.` +
      (X.length ? ` ${X.length} data points are drawn on top, coloured by their true class.` : ''),
  };
}
