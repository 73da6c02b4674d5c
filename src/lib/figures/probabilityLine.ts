import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { classColorScale, classesOf } from './palette';
import { formatNumber } from './describe';
import { squareFrame, X_LABEL } from './frame';

export interface ProbabilityLineOptions {
  /** Softmax output per test point: [p0, p1]. */
  probs: readonly (readonly number[])[];
  /** True class of each point (colour). */
  y: readonly number[];
  /** Outer size in px. Default width 480; height makes the plotting area square. */
  width?: number;
  height?: number;
}

/** Figure 8: the two output probabilities of each point; they always add up to one. */
export function probabilityLine(o: ProbabilityLineOptions): PlotOptions {
  const { probs, y } = o;
  if (y.length !== probs.length) throw new RangeError(`probabilityLine: ${probs.length} outputs but ${y.length} labels`);
  const rows = probs.map((p, i) => ({ p0: p[0], p1: p[1], label: y[i] }));
  const worst = rows.reduce((m, d) => Math.max(m, Math.abs(d.p0 + d.p1 - 1)), 0);
  const confident = rows.filter((d) => Math.max(d.p0, d.p1) > 0.9).length;
  return {
    ...squareFrame(o.width ?? 480, o.height),
    x: { domain: [0, 1], label: 'p₀ (probability of class 0)', grid: true, ...X_LABEL },
    y: { domain: [0, 1], label: 'p₁ (probability of class 1)', grid: true },
    color: classColorScale(classesOf(y)),
    ariaLabel: `Output probabilities p0 against p1 for ${rows.length} test points`,
    ariaDescription:
      `Each dot is one test point at (p0, p1), coloured by its true class. All lie on the dashed line p0 + p1 = 1 ` +
      `(largest distance from 1: ${formatNumber(worst, 2)}); ${confident} of ${rows.length} points have a probability above 0.9 for one class.`,
    marks: [
      Plot.line([[0, 1], [1, 0]], { strokeDasharray: '5 4', strokeOpacity: 0.7 }),
      Plot.text(['p₀ + p₁ = 1'], { x: 0.56, y: 0.56, rotate: 45, fontStyle: 'italic' }),
      Plot.dot(rows, { x: 'p0', y: 'p1', fill: 'label', r: 3, fillOpacity: 0.6 }),
    ],
  };
}
