import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { OKABE_ITO } from './palette';
import { regressionFrame, regressionRows, sharedRegressionRows } from './regressionFrame';
import { inRange, type PointRange } from './pointRange';
import { SPLIT_SYMBOLS, type Split } from './split';
import { firstOfEachLook, lookPoints, type DotLooks } from './dotLooks';

export interface RegressionSplitOptions {
  x: readonly number[];
  y: readonly number[];
  /** Which split each sample belongs to. */
  split: readonly Split[];
  /** Outer size in px. Defaults 640 x 400. */
  width?: number;
  height?: number;
  /** Draw only the samples at indices [start, end), with the scales of all of them (pointRange). */
  range?: PointRange;
}

/** Colours of the two splits in the regression figures: blue training, orange test. */
export const SPLIT_COLORS: Record<Split, string> = { train: OKABE_ITO[0], test: OKABE_ITO[1] };

/** Figure 9, second panel: the same samples, training and test sets told apart. */
export function regressionSplit(o: RegressionSplitOptions): PlotOptions {
  const rows = o.range ? sharedRegressionRows(o) : regressionRows(o);
  const nTest = rows.filter((d) => d.split === 'test').length;
  const drawn = inRange(rows, o.range);
  return {
    ...regressionFrame(o, o.range && rows),
    color: { domain: ['train', 'test'], range: [SPLIT_COLORS.train, SPLIT_COLORS.test], legend: true },
    symbol: { domain: ['train', 'test'], range: [SPLIT_SYMBOLS.train, SPLIT_SYMBOLS.test] },
    ariaLabel: `The regression samples split into ${rows.length - nTest} training and ${nTest} test points`,
    ariaDescription:
      `The noisy S-shaped samples again: ${rows.length - nTest} training points as blue dots and ${nTest} test points as orange crosses, ` +
      `mixed along the whole x range because the split is random.`,
    marks: [
      Plot.dot(drawn.filter((d) => d.split === 'train'), { x: 'x', y: 'y', fill: 'split', symbol: 'split', r: 1.6, fillOpacity: 0.6 }),
      Plot.dot(drawn.filter((d) => d.split === 'test'), { x: 'x', y: 'y', stroke: 'split', symbol: 'split', r: 2.2, strokeWidth: 1.1 }),
    ],
  };
}

/**
 * The split of `o` as its frame and its looks (dotLooks): one look a mark, the training dots and
 * the test crosses, for a live figure of many points.
 */
export function regressionSplitLooks(o: Omit<RegressionSplitOptions, 'range'>): DotLooks {
  const all = Array.from({ length: o.x.length }, (_, i) => i);
  const looks = [all.filter((i) => o.split[i] !== 'test'), all.filter((i) => o.split[i] === 'test')].map((m) => (m.length ? [m] : []));
  return {
    frame: regressionSplit({ ...o, range: { indices: firstOfEachLook(looks) } }),
    marks: looks.map((mark) => mark.map((look) => lookPoints(look, (i) => o.x[i]!, (i) => o.y[i]!))),
  };
}
