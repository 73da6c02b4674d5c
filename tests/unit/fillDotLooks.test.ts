import { describe, expect, it } from 'vitest';
import type { PlotOptions } from '@observablehq/plot';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { regressionData } from '../../src/lib/data/regressionData';
import { blobScatter, blobScatterLooks } from '../../src/lib/figures/blobScatter';
import type { DotLooks } from '../../src/lib/figures/dotLooks';
import { regressionScatter, regressionScatterLooks } from '../../src/lib/figures/regressionScatter';
import { regressionSplit, regressionSplitLooks } from '../../src/lib/figures/regressionSplit';
import type { Split } from '../../src/lib/figures/split';
import { fillDotLooks } from '../../src/lib/plot/fillDotLooks';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';

const doc = serverDocument();
const render = (o: PlotOptions) => renderFigure(o, { document: doc, idPrefix: 'fig' }) as unknown as Element;
/** Plot numbers its clip paths per process: one rendering and the next differ there only. */
const markup = (e: Element) => e.outerHTML.replace(/plot-clip-\d+/g, 'plot-clip');

/** Draws the frame of `looks` and fills its paths, as a live figure does. */
function inTwoSteps(looks: DotLooks): { figure: Element; filled: boolean } {
  const figure = render(looks.frame);
  return { figure, filled: fillDotLooks(figure, looks) };
}

const blobs = makeBlobs({ nSamples: 1203, centers: 4, randomState: 0 });
const split: Split[] = blobs.y.map((_, i) => (i % 5 === 0 ? 'test' : 'train'));
const curve = regressionData({ n: 1500, noise: 0.1, seed: 42 });
const curveSplit: Split[] = curve.x.map((_, i) => (i % 4 === 1 ? 'test' : 'train'));

describe('fillDotLooks', () => {
  it('turns the frame of a blob scatter into the markup of one drawing of all its points', () => {
    const o = { X: blobs.X, y: blobs.y, split };
    const looks = blobScatterLooks(o);
    // One point a class in each of the two marks, in the order of the classes' first points.
    expect(looks.marks.map((m) => m.length)).toEqual([4, 4]);
    expect(looks.marks.flat().reduce((n, look) => n + look.x.length, 0)).toBe(blobs.X.length);
    const { figure, filled } = inTwoSteps(looks);
    expect(filled).toBe(true);
    expect(markup(figure)).toBe(markup(render(blobScatter(o))));
    // Without a split the dots are circles, one mark of one look a class.
    const plain = inTwoSteps(blobScatterLooks({ X: blobs.X, y: blobs.y }));
    expect(plain.filled).toBe(true);
    expect(markup(plain.figure)).toBe(markup(render(blobScatter({ X: blobs.X, y: blobs.y }))));
  });

  it('keeps a given domain, a given radius and a split without test points', () => {
    const own = { X: blobs.X.slice(0, 40), y: blobs.y.slice(0, 40), split: split.slice(0, 40).map((): Split => 'train'), domain: [-20, 20] as [number, number], r: 4 };
    const looks = blobScatterLooks(own);
    expect(looks.marks[1]).toEqual([]);
    const { figure, filled } = inTwoSteps(looks);
    expect(filled).toBe(true);
    expect(markup(figure)).toBe(markup(render(blobScatter(own))));
  });

  it('fills the regression scatter and split, whose scales Plot takes from the points drawn', () => {
    const o = { x: curve.x, y: curve.y };
    const scatter = inTwoSteps(regressionScatterLooks(o));
    expect(scatter.filled).toBe(true);
    expect(markup(scatter.figure)).toBe(markup(render(regressionScatter(o))));
    const s = { ...o, split: curveSplit };
    const two = inTwoSteps(regressionSplitLooks(s));
    expect(two.filled).toBe(true);
    expect(markup(two.figure)).toBe(markup(render(regressionSplit(s))));
  });

  it('leaves out a point that maps to no position, as Plot does', () => {
    const X = blobs.X.slice(0, 30).map((p, i) => (i === 7 ? [NaN, p[1]!] : p));
    const o = { X, y: blobs.y.slice(0, 30) };
    const { figure, filled } = inTwoSteps(blobScatterLooks(o));
    expect(filled).toBe(true);
    expect(markup(figure)).toBe(markup(render(blobScatter(o))));
    const counts = Array.from(figure.querySelectorAll('path[data-points]'), (p) => Number(p.getAttribute('data-points')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(29);
  });

  it('changes nothing when the drawing has other paths than one point a look', () => {
    const looks = blobScatterLooks({ X: blobs.X, y: blobs.y, split });
    // A drawing of all the points: its paths already hold many.
    const whole = render(blobScatter({ X: blobs.X, y: blobs.y, split }));
    const before = whole.outerHTML;
    expect(fillDotLooks(whole, looks)).toBe(false);
    expect(whole.outerHTML).toBe(before);
    // The frame of another figure: other marks.
    const other = render(regressionSplitLooks({ x: curve.x, y: curve.y, split: curveSplit }).frame);
    const otherBefore = other.outerHTML;
    expect(fillDotLooks(other, looks)).toBe(false);
    expect(other.outerHTML).toBe(otherBefore);
  });

  it('changes nothing when the frame’s scales are not fixed by its options', () => {
    const looks = regressionScatterLooks({ x: curve.x, y: curve.y });
    const { x: _x, ...unfixed } = looks.frame;
    const figure = render(looks.frame);
    const before = figure.outerHTML;
    expect(fillDotLooks(figure, { ...looks, frame: unfixed })).toBe(false);
    expect(figure.outerHTML).toBe(before);
  });
});
