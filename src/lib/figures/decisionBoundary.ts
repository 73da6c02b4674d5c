import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { boundaryRuns } from './boundaryRuns';
import { boundaryLayout, type DecisionBoundaryOptions } from './boundaryLayout';

export type { DecisionBoundaryOptions } from './boundaryLayout';

/** Figure 3: the plane coloured by the class the model predicts, with the data on top. */
export function decisionBoundary(o: DecisionBoundaryOptions): PlotOptions {
  const layout = boundaryLayout(o);
  const runs = boundaryRuns(o.grid, o.gridClasses);
  const y = o.y ?? [];
  const rows = (o.X ?? []).map((p, i) => ({ x0: p[0], x1: p[1], label: y[i] }));
  return {
    ...layout,
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
