import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { classColorScale, classesOf } from './palette';
import { formatNumber } from './describe';
import { squareDomain } from './squareDomain';
import { MARGINS, X_LABEL } from './frame';

export interface BiasShiftOptions {
  /** Each test point's scores without the bias, W x (one [z0, z1] row per point). */
  wx: readonly (readonly number[])[];
  /** The same points with the bias added, W x + b. */
  wxb: readonly (readonly number[])[];
  /** Class of each point (colour). */
  y: readonly number[];
  /** The bias vector b, drawn as an arrow from the origin. */
  bias: readonly number[];
  /** How many points also get a thin arrow from W x to W x + b. Default 6; 0 for none. */
  shiftArrows?: number;
  /** Outer size in px. Defaults 560 x 420. */
  width?: number;
  height?: number;
}

const KINDS = ['W x', 'W x + b'] as const;

/**
 * Figure 7: adding b moves every point by the same vector. W x points are crosses, W x + b points
 * filled dots (a symbol legend names them), and b itself is the thick arrow from the origin.
 */
export function biasShift(o: BiasShiftOptions): PlotOptions {
  const { wx, wxb, y, bias } = o;
  if (wxb.length !== wx.length || y.length !== wx.length) {
    throw new RangeError(`biasShift: ${wx.length} W x rows, ${wxb.length} W x + b rows, ${y.length} labels`);
  }
  if (bias.length < 2) throw new RangeError(`biasShift needs a 2-D bias; got ${bias.length} entries`);
  const before = wx.map((p, i) => ({ z0: p[0], z1: p[1], label: y[i], kind: KINDS[0] }));
  const after = wxb.map((p, i) => ({ z0: p[0], z1: p[1], label: y[i], kind: KINDS[1] }));
  const arrow = { x1: 0, y1: 0, x2: bias[0], y2: bias[1] };
  // Equal vectors stay equal and parallel under any axis scaling, so the axes need not share units.
  const all = [...wx, ...wxb, [0, 0], [bias[0], bias[1]]];
  const xDomain = squareDomain(all.map((p) => [p[0], p[0]]));
  const yDomain = squareDomain(all.map((p) => [p[1], p[1]]));
  const count = Math.min(o.shiftArrows ?? 6, wx.length);
  const step = count > 0 ? wx.length / count : 0;
  const shifts = Array.from({ length: count }, (_, k) => {
    const i = Math.floor(k * step);
    return { x1: wx[i][0], y1: wx[i][1], x2: wxb[i][0], y2: wxb[i][1] };
  });
  const b = `(${formatNumber(bias[0])}, ${formatNumber(bias[1])})`;

  return {
    ...MARGINS,
    width: o.width ?? 560,
    height: o.height ?? 420,
    x: { domain: xDomain, label: 'score of class 0, z₀', grid: true, ...X_LABEL },
    y: { domain: yDomain, label: 'score of class 1, z₁', grid: true },
    color: classColorScale(classesOf(y)),
    symbol: { domain: [...KINDS], range: ['times', 'circle'], legend: true },
    ariaLabel: `${wx.length} test points through W x and through W x + b, with the bias arrow b = ${b}`,
    ariaDescription:
      `Each test point appears twice in score space, coloured by class: as a cross at W x and as a dot at W x + b. ` +
      `Every dot sits at its cross moved by the same vector b = ${b}, drawn as an arrow from the origin.`,
    marks: [
      Plot.ruleX([0], { strokeOpacity: 0.35 }),
      Plot.ruleY([0], { strokeOpacity: 0.35 }),
      Plot.dot(before, { x: 'z0', y: 'z1', stroke: 'label', symbol: 'kind', r: 2.5, strokeOpacity: 0.7, clip: true }),
      Plot.dot(after, { x: 'z0', y: 'z1', fill: 'label', symbol: 'kind', r: 2, clip: true }),
      Plot.arrow(shifts, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 1, headLength: 6 }),
      // A halo in the page colour keeps the bias arrow readable over dense points.
      Plot.arrow([arrow], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'var(--plot-background)', strokeWidth: 7, headLength: 12 }),
      Plot.arrow([arrow], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeWidth: 3, headLength: 12 }),
      Plot.text([arrow], {
        x: 'x2',
        y: 'y2',
        text: () => `b = ${b}`,
        dy: bias[1] >= 0 ? -12 : 14,
        fontWeight: 'bold',
        stroke: 'var(--plot-background)',
        strokeWidth: 4,
        paintOrder: 'stroke',
        fill: 'currentColor',
      }),
    ],
  };
}
