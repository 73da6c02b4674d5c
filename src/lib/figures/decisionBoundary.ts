import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { classColorScale, classesOf } from './palette';
import { formatNumber } from './describe';
import { boundaryRuns } from './boundaryRuns';
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

/** Figure 3: the plane coloured by the class the model predicts, with the data on top. */
export function decisionBoundary(o: DecisionBoundaryOptions): PlotOptions {
  const runs = boundaryRuns(o.grid, o.gridClasses);
  const n = Math.round(Math.sqrt(o.grid.length));
  const X = o.X ?? [];
  const y = o.y ?? [];
  if (y.length !== X.length) throw new RangeError(`decisionBoundary: ${X.length} samples but ${y.length} labels`);
  const domain: [number, number] = [Math.min(runs[0].x1, runs[0].y1), Math.max(runs[runs.length - 1].x2, runs[runs.length - 1].y2)];
  const classes = classesOf([...o.gridClasses, ...y]);

  const share = classes
    .map((k) => {
      const count = o.gridClasses.reduce((c, v) => c + (v === k ? 1 : 0), 0);
      return `class ${k} ${formatNumber((100 * count) / o.gridClasses.length, 3)}%`;
    })
    .join(', ');
  const lo = formatNumber(o.grid[0][0]);
  const hi = formatNumber(o.grid[o.grid.length - 1][0]);
  const rows = X.map((p, i) => ({ x0: p[0], x1: p[1], label: y[i] }));

  return {
    ...squareFrame(o.width ?? 560, o.height),
    x: { domain, label: 'feature x₀', ticks: 8, ...X_LABEL },
    y: { domain, label: 'feature x₁', ticks: 8 },
    color: classColorScale(classes),
    ariaLabel: `Decision regions of the classifier over a ${n} by ${n} grid`,
    ariaDescription:
      `The square from ${lo} to ${hi} in both features, sampled at ${n * n} grid points, each shaded by the class the model predicts there: ${share} of the grid.` +
      (rows.length ? ` ${rows.length} data points are drawn on top, coloured by their true class.` : ''),
    marks: [
      Plot.rect(runs, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: 'label',
        // Runs overlap by a pixel so rounding never leaves a hairline gap; the opacity goes on the
        // whole group, so the overlaps do not show as darker seams.
        inset: -0.5,
        render: (index, scales, values, dimensions, context, next) => {
          const g = next?.(index, scales, values, dimensions, context) ?? null;
          g?.setAttribute('opacity', String(o.regionOpacity ?? 0.3));
          return g;
        },
      }),
      Plot.dot(rows, { x: 'x0', y: 'x1', fill: 'label', r: o.r ?? 1.8, clip: true }),
      Plot.frame({ strokeOpacity: 0.4 }),
    ],
  };
}
