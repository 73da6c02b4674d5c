import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { classColorScale } from './palette';
import { describeCounts, describeSpan } from './describe';
import { squareDomain } from './squareDomain';
import { squareFrame, X_LABEL } from './frame';
import { SPLIT_SYMBOLS, type Split } from './split';
import type { PointRange } from './pointRange';
import type { DotLooks, LookPoints } from './dotLooks';

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
  const { classes, square, where, nTest, counts } = o.range ? summaryOf(o) : summary(o);
  const drawn = drawnRows(o);
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
      marks: [Plot.dot(drawn, { x: 'x0', y: 'x1', fill: 'label', r, clip: true })],
    };
  }
  return {
    ...base,
    symbol: { domain: ['train', 'test'], range: [SPLIT_SYMBOLS.train, SPLIT_SYMBOLS.test], legend: true },
    ariaDescription:
      `Each mark is one sample placed by its two features (${where}) and coloured by its class; ${counts}. ` +
      `${X.length - nTest} training samples are filled dots, ${nTest} test samples are crosses.`,
    marks: [
      Plot.dot(drawn.filter((d) => d.split === 'train'), { x: 'x0', y: 'x1', fill: 'label', symbol: 'split', r, fillOpacity: 0.45, clip: true }),
      Plot.dot(drawn.filter((d) => d.split === 'test'), { x: 'x0', y: 'x1', stroke: 'label', symbol: 'split', r: r + 0.5, strokeWidth: 1.2, clip: true }),
    ],
  };
}

/**
 * The scatter of `o` as its frame and its looks (dotLooks): the training dots and the test
 * crosses, each mark's looks its classes in the order of their first samples, for a live figure
 * of thousands of points. One pass over the samples (10,000 of them in a typed Samples field).
 */
export function blobScatterLooks(o: Omit<BlobScatterOptions, 'range'>): DotLooks {
  const { X, y, split } = o;
  const marks = (split ? [0, 1] : [0]).map(() => ({ looks: [] as LookPoints[], byLabel: new Map<number, LookPoints>(), first: [] as number[] }));
  for (let i = 0; i < X.length; i++) {
    const mark = marks[split && split[i] === 'test' ? 1 : 0]!;
    let look = mark.byLabel.get(y[i]!);
    if (!look) {
      look = { x: [], y: [] };
      mark.byLabel.set(y[i]!, look);
      mark.looks.push(look);
      mark.first.push(i);
    }
    look.x.push(X[i]![0]!);
    look.y.push(X[i]![1]!);
  }
  const first = marks.flatMap((m) => m.first).sort((a, b) => a - b);
  return { frame: blobScatter({ ...o, range: { indices: first } }), marks: marks.map((m) => m.looks) };
}

/** What a drawing of some of the samples says of all of them: classes, domain and description. */
interface Summary {
  classes: number[];
  square: [number, number];
  /** The features' ranges and the class counts, in words. */
  where: string;
  counts: string;
  nTest: number;
}

/**
 * Plain loops over the samples: this runs once per new data (10,000 samples in a typed Samples
 * field) in code the engine has not optimised, and six passes with closures, a Set and for-of
 * (the ranges, the domain, the classes, their counts, the test samples) took about 30 ms at 4x
 * CPU. One pass makes the ranges, counts and test samples; squareDomain, a plain loop, the domain.
 */
function summary(o: BlobScatterOptions): Summary {
  const { X, y, split } = o;
  let lo0 = Infinity;
  let hi0 = -Infinity;
  let lo1 = Infinity;
  let hi1 = -Infinity;
  let nTest = 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < X.length; i++) {
    const a = X[i]![0]!;
    const b = X[i]![1]!;
    if (a < lo0) lo0 = a;
    if (a > hi0) hi0 = a;
    if (b < lo1) lo1 = b;
    if (b > hi1) hi1 = b;
    const k = y[i]!;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (split && split[i] === 'test') nTest += 1;
  }
  const where = X.length === 0 ? 'x₀ no values, x₁ no values' : `x₀ ${describeSpan(lo0, hi0)}, x₁ ${describeSpan(lo1, hi1)}`;
  const classes = [...counts.keys()].sort((p, q) => p - q);
  return { classes, square: squareDomain(X), where, counts: describeCounts(counts), nTest };
}

/** The summary the parts of one figure share, made once for all of them (the arrays are never changed). */
const parts = new WeakMap<object, { y: readonly number[]; split: readonly Split[] | undefined; summary: Summary }>();

function summaryOf(o: BlobScatterOptions): Summary {
  const hit = parts.get(o.X);
  if (hit && hit.y === o.y && hit.split === o.split) return hit.summary;
  const w = summary(o);
  parts.set(o.X, { y: o.y, split: o.split, summary: w });
  return w;
}

/** The rows of the samples `o.range` draws (all of them without one), in that order. */
function drawnRows(o: BlobScatterOptions): Row[] {
  const { X, y, split, range } = o;
  const row = (i: number): Row => ({ x0: X[i]![0]!, x1: X[i]![1]!, label: y[i]!, split: split ? split[i]! : 'train' });
  if (range && 'indices' in range) return range.indices.map(row);
  const start = range ? Math.max(0, range.start) : 0;
  const end = range ? Math.min(X.length, range.end) : X.length;
  const rows: Row[] = [];
  for (let i = start; i < end; i++) rows.push(row(i));
  return rows;
}
