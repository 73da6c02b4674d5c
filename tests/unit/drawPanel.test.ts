import { describe, expect, it } from 'vitest';
import type { PlotOptions } from '@observablehq/plot';
import { drawPanel, FIRST_PART, type PanelParts } from '../../src/client/demo/drawPanel';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { blobScatter, blobScatterLooks } from '../../src/lib/figures/blobScatter';
import { regressionSplitLooks } from '../../src/lib/figures/regressionSplit';
import type { Split } from '../../src/lib/figures/split';
import { fillDotLooks } from '../../src/lib/plot/fillDotLooks';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';

const doc = serverDocument();
const markup = (e: Element) => e.outerHTML.replace(/plot-clip-\d+/g, 'plot-clip').replace(/live-\d+/g, 'live');

const blobs = makeBlobs({ nSamples: 900, centers: 3, randomState: 4 });
const split: Split[] = blobs.y.map((_, i) => (i % 4 === 0 ? 'test' : 'train'));
const o = { X: blobs.X, y: blobs.y, split };

/** Runs drawPanel with jobs queued by hand, as the page's frame queue runs them one a frame. */
function draw(item: PlotOptions | PanelParts, { stopAfter = Infinity } = {}) {
  const panel = doc.createElement('div') as unknown as HTMLElement;
  const old = doc.createElement('p');
  panel.append(old);
  const queue: (() => void)[] = [];
  let jobs = 0;
  let description: string | undefined;
  const onShow: string[] = [];
  drawPanel(panel, item, { renderFigure, fillDotLooks, document: doc, describedBy: 'd' }, {
    current: () => jobs < stopAfter,
    later: (job) => queue.push(job),
    drawn: (text) => (description = text),
  });
  while (queue.length > 0) {
    queue.shift()!();
    jobs += 1;
    onShow.push(panel.firstElementChild?.tagName.toLowerCase() ?? '');
  }
  return { panel, jobs, description, onShow, old };
}

const whole = () => markup(renderFigure(blobScatter(o), { document: doc, describedBy: 'd' }) as unknown as Element);

describe('drawPanel', () => {
  it('draws a figure with looks in three jobs, the one on show staying until the last', () => {
    const r = draw({ count: blobs.X.length, part: (range) => blobScatter({ ...o, range }), looks: () => blobScatterLooks(o) });
    expect(r.jobs).toBe(3);
    expect(r.onShow).toEqual(['p', 'p', 'div']);
    expect(markup(r.panel.firstElementChild!)).toBe(whole());
    expect(r.description).toBe(blobScatter(o).ariaDescription);
  });

  it('draws part by part, to the same markup, when the looks do not fit the frame drawn', () => {
    // Looks of another figure: its frame has other marks than these looks.
    const other = regressionSplitLooks({ x: [0, 1, 2], y: [0, 1, 2], split: ['train', 'test', 'train'] });
    const looks = () => ({ ...blobScatterLooks(o), marks: other.marks });
    const r = draw({ count: blobs.X.length, part: (range) => blobScatter({ ...o, range }), looks });
    expect(r.jobs).toBeGreaterThan(3);
    expect(markup(r.panel.firstElementChild!)).toBe(whole());
  });

  it('draws part by part without looks', () => {
    const r = draw({ count: blobs.X.length, part: (range) => blobScatter({ ...o, range }) });
    expect(r.jobs).toBeGreaterThan(3);
    expect(markup(r.panel.firstElementChild!)).toBe(whole());
  });

  it('draws a few points at once, and stops the jobs of a draw no longer current', () => {
    const few = { X: blobs.X.slice(0, FIRST_PART), y: blobs.y.slice(0, FIRST_PART) };
    const now = draw({ count: FIRST_PART, part: (range) => blobScatter({ ...few, range }), looks: () => blobScatterLooks(few) });
    expect(now.jobs).toBe(0);
    expect(now.panel.firstElementChild!.tagName.toLowerCase()).toBe('div');
    const stopped = draw({ count: blobs.X.length, part: (range) => blobScatter({ ...o, range }), looks: () => blobScatterLooks(o) }, { stopAfter: 2 });
    expect(stopped.onShow.at(-1)).toBe('p');
    expect(stopped.description).toBeUndefined();
  });
});
