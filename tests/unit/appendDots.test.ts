import { describe, expect, it } from 'vitest';
import type { PlotOptions } from '@observablehq/plot';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { regressionData } from '../../src/lib/data/regressionData';
import { blobScatter } from '../../src/lib/figures/blobScatter';
import type { PointRange } from '../../src/lib/figures/pointRange';
import { regressionScatter } from '../../src/lib/figures/regressionScatter';
import { regressionSplit } from '../../src/lib/figures/regressionSplit';
import type { Split } from '../../src/lib/figures/split';
import { appendDots, joinDots } from '../../src/lib/plot/appendDots';
import { dotsOnly } from '../../src/lib/figures/dotsOnly';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';

const doc = serverDocument();
const render = (o: PlotOptions) => renderFigure(o, { document: doc, idPrefix: 'fig' }) as unknown as Element;
/** Plot numbers its clip paths per process: one rendering and the next differ there only. */
const markup = (e: Element) => e.outerHTML.replace(/plot-clip-\d+/g, 'plot-clip');

/** Draws a figure of `n` points in parts of `sizes` (the last repeated) and joins them. */
function inParts(n: number, sizes: number[], part: (range: PointRange) => PlotOptions): Element {
  let start = 0;
  let k = 0;
  let joined: Element | undefined;
  while (start < n) {
    const end = Math.min(n, start + sizes[Math.min(k++, sizes.length - 1)]);
    // Later parts are drawn without axes and legends, as the page draws them.
    const drawn = render(joined ? dotsOnly(part({ start, end })) : part({ start, end }));
    if (joined) expect(appendDots(joined, drawn)).toBe(true);
    else joined = drawn;
    start = end;
  }
  joinDots(joined!);
  return joined!;
}

const blobs = makeBlobs({ nSamples: 1203, centers: 4, randomState: 0 });
const split: Split[] = blobs.y.map((_, i) => (i % 5 === 0 ? 'test' : 'train'));
const curve = regressionData({ n: 1500, noise: 0.1, seed: 42 });
const curveSplit: Split[] = curve.x.map((_, i) => (i % 4 === 1 ? 'test' : 'train'));

describe('appendDots and joinDots', () => {
  it('joins a blob scatter drawn in parts into the markup of one drawing of all its points', () => {
    const whole = markup(render(blobScatter({ X: blobs.X, y: blobs.y, split })));
    // Parts of 1 and 3 points hold no test point at all, and later parts bring the looks in a new order.
    for (const sizes of [[250, 1, 3, 100], [600], [40, 1000]]) {
      expect(markup(inParts(blobs.X.length, sizes, (range) => blobScatter({ X: blobs.X, y: blobs.y, split, range })))).toBe(whole);
    }
    const plain = markup(render(blobScatter({ X: blobs.X, y: blobs.y })));
    expect(markup(inParts(blobs.X.length, [100], (range) => blobScatter({ X: blobs.X, y: blobs.y, range })))).toBe(plain);
  });

  it('joins the regression scatter and split, whose scales Plot takes from the points drawn', () => {
    const o = { x: curve.x, y: curve.y };
    expect(markup(inParts(curve.x.length, [300], (range) => regressionScatter({ ...o, range })))).toBe(markup(render(regressionScatter(o))));
    const s = { ...o, split: curveSplit };
    expect(markup(inParts(curve.x.length, [2, 499], (range) => regressionSplit({ ...s, range })))).toBe(markup(render(regressionSplit(s))));
  });

  it('refuses a part with a mark the figure lacks (its first part drew none of those points)', () => {
    const s = { x: curve.x, y: curve.y, split: curveSplit };
    const target = render(regressionSplit({ ...s, range: { start: 0, end: 1 } }));
    const before = target.outerHTML;
    expect(appendDots(target, render(regressionSplit({ ...s, range: { start: 1, end: 40 } })))).toBe(false);
    expect(target.outerHTML).toBe(before);
  });

  it('refuses a part with other dot marks and leaves the figure as it was', () => {
    const target = render(regressionSplit({ x: curve.x, y: curve.y, split: curveSplit, range: { start: 0, end: 10 } }));
    const before = target.outerHTML;
    expect(appendDots(target, render(regressionScatter({ x: curve.x, y: curve.y, range: { start: 10, end: 20 } })))).toBe(false);
    expect(target.outerHTML).toBe(before);
  });
});
