import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { curveRows } from './curveRows';
import { lossCurvesFrame, referenceLabel, type LossCurvesOptions } from './lossCurvesFrame';

export type { CurveMetric, EpochMetrics } from './curveRows';
export type { LossCurvesOptions } from './lossCurvesFrame';

/** Radius of the dot at each epoch. */
export const CURVE_DOT_RADIUS = 2.5;

/** Training and validation curves per epoch, for the trainer and the regression demo (axes and words: lossCurvesFrame). */
export function lossCurves(o: LossCurvesOptions): PlotOptions {
  const rows = curveRows(o.history, o.metric);
  const ref = o.reference;
  return {
    ...lossCurvesFrame(o, rows),
    marks: [
      ...(ref ? [Plot.ruleY([ref.value], { strokeDasharray: '3 3', strokeOpacity: 0.8 }), Plot.text([referenceLabel(ref)], { frameAnchor: 'right', y: ref.value, dy: -8, textAnchor: 'end' })] : []),
      Plot.line(rows.filter((d) => d.series === 'training'), { x: 'epoch', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.line(rows.filter((d) => d.series === 'validation'), { x: 'epoch', y: 'value', stroke: 'series', strokeWidth: 2, strokeDasharray: '6 3' }),
      Plot.dot(rows, { x: 'epoch', y: 'value', fill: 'series', r: CURVE_DOT_RADIUS }),
    ],
  };
}
