import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { classColorScale, classesOf } from './palette';
import { describeClassCounts, describeRange } from './describe';
import { squareDomain } from './squareDomain';
import { squareFrame, X_LABEL } from './frame';
import { SPLIT_SYMBOLS, type Split } from './split';
import { inRange, type PointRange } from './pointRange';
import { firstOfEachLook, groupLooks, lookPoints, type DotLooks } from './dotLooks';

export interface BlobScatterOptions {
  /** Samples, one `[x0, x1]` row each. */
  X: readonly (readonly number[])[];
  /** Class label of each sample. */
  y: readonly number[];
  /** When given (aligned with X), training samples are filled dots and test samples crosses. */
  split?: readonly Split[];
  /** What the data is, for the accessible label. Default "Blobs dataset". */
  name?: string;
  /** Outer size in px. Default width 560; height makes the plotting area square. */
  width?: number;
  height?: number;
  /** Dot radius in px. Default 2.5, or 1.8 above 2000 points so clusters stay readable. */
  r?: number;
  /** Shared domain of both axes. Default: the data's range, padded, the same on x and y. */
  domain?: [number, number];
  /**
   * Draw only the samples at indices [start, end) (see pointRange), everything else (scales,
   * legend, labels) still from all of them: a figure drawn part by part (appendDots).
   */
  range?: PointRange;
}

interface Row {
  x0: number;
  x1: number;
  label: number;
  split: Split;
}

/** Figures 1, 4 and 6: samples in feature space coloured by class, optionally by split. */
export function blobScatter(o: BlobScatterOptions): PlotOptions {
  const { X, y, split } = o;
  if (y.length !== X.length) throw new RangeError(`blobScatter: ${X.length} samples but ${y.length} labels`);
  if (split && split.length !== X.length) throw new RangeError(`blobScatter: ${X.length} samples but ${split.length} split marks`);
  const { rows, classes, square, where, nTest, counts } = o.range ? wholeOf(o) : whole(o);
  const domain = o.domain ?? square;
  const r = o.r ?? (X.length > 2000 ? 1.8 : 2.5);
  const name = o.name ?? 'Blobs dataset';

  const axes = {
    x: { domain, label: 'feature x₀', ticks: 8, grid: true, ...X_LABEL },
    y: { domain, label: 'feature x₁', ticks: 8, grid: true },
  };
  const base = {
    ...squareFrame(o.width ?? 560, o.height),
    ...axes,
    color: classColorScale(classes),
    ariaLabel: `${name}: scatter plot of ${X.length} points in ${classes.length} classes`,
  };

  if (!split) {
    return {
      ...base,
      ariaDescription: `Each dot is one sample placed by its two features (${where}) and coloured by its class; ${counts}.`,
      marks: [Plot.dot(inRange(rows, o.range), { x: 'x0', y: 'x1', fill: 'label', r, clip: true })],
    };
  }
  const drawn = inRange(rows, o.range);
  return {
    ...base,
    symbol: { domain: ['train', 'test'], range: [SPLIT_SYMBOLS.train, SPLIT_SYMBOLS.test], legend: true },
    ariaDescription:
      `Each mark is one sample placed by its two features (${where}) and coloured by its class; ${counts}. ` +
      `${rows.length - nTest} training samples are filled dots, ${nTest} test samples are crosses.`,
    marks: [
      Plot.dot(drawn.filter((d) => d.split === 'train'), { x: 'x0', y: 'x1', fill: 'label', symbol: 'split', r, fillOpacity: 0.45, clip: true }),
      Plot.dot(drawn.filter((d) => d.split === 'test'), { x: 'x0', y: 'x1', stroke: 'label', symbol: 'split', r: r + 0.5, strokeWidth: 1.2, clip: true }),
    ],
  };
}

/**
 * The scatter of `o` as its frame and its looks (dotLooks): the training dots and the test
 * crosses, each mark's looks its classes, for a live figure of thousands of points.
 */
export function blobScatterLooks(o: Omit<BlobScatterOptions, 'range'>): DotLooks {
  const { X, y, split } = o;
  const all = Array.from({ length: X.length }, (_, i) => i);
  const members = split ? [all.filter((i) => split[i] !== 'test'), all.filter((i) => split[i] === 'test')] : [all];
  const looks = members.map((m) => groupLooks(m, (i) => y[i]));
  return {
    frame: blobScatter({ ...o, range: { indices: firstOfEachLook(looks) } }),
    marks: looks.map((mark) => mark.map((look) => lookPoints(look, (i) => X[i]![0]!, (i) => X[i]![1]!))),
  };
}

interface Whole {
  rows: Row[];
  classes: number[];
  square: [number, number];
  /** The features' ranges and the class counts, in words. */
  where: string;
  counts: string;
  nTest: number;
}

function whole(o: BlobScatterOptions): Whole {
  const { X, y, split } = o;
  const rows: Row[] = X.map((p, i) => ({ x0: p[0], x1: p[1], label: y[i], split: split ? split[i] : 'train' }));
  const where = `x₀ ${describeRange(rows.map((d) => d.x0))}, x₁ ${describeRange(rows.map((d) => d.x1))}`;
  const nTest = rows.reduce((n, d) => n + (d.split === 'test' ? 1 : 0), 0);
  return { rows, classes: classesOf(y), square: squareDomain(X), where, counts: describeClassCounts(y), nTest };
}

/** What the parts of one figure share, made once for all of them (the arrays are never changed). */
const parts = new WeakMap<object, { y: readonly number[]; split: readonly Split[] | undefined; whole: Whole }>();

function wholeOf(o: BlobScatterOptions): Whole {
  const hit = parts.get(o.X);
  if (hit && hit.y === o.y && hit.split === o.split) return hit.whole;
  const w = whole(o);
  parts.set(o.X, { y: o.y, split: o.split, whole: w });
  return w;
}
