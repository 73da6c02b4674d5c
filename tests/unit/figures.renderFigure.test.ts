import { describe, expect, it } from 'vitest';
import { blobScatter } from '../../src/lib/figures';
import { renderInNode } from './figures.renderInNode';

const X = [[0.123456, 1.5], [2.25, -3.75], [-1, 0.5]];
const y = [0, 1, 1];

describe('renderFigure', () => {
  it('makes the chart one labelled image with no aria-label left on inner elements', () => {
    const { root, svg } = renderInNode(blobScatter({ X, y }));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toMatch(/3 points in 2 classes/);
    expect(svg.getAttribute('aria-description')).toMatch(/class 0: 1, class 1: 2/);
    const labelled = Array.from(root.querySelectorAll('[aria-label]'));
    expect(labelled).toEqual([svg]);
    expect(root.querySelectorAll('g[data-mark="dot"]').length).toBe(1);
  });

  it('replaces the legend figure by a div and hides the swatch icons', () => {
    const { root } = renderInNode(blobScatter({ X, y }));
    expect(root.tagName.toLowerCase()).toBe('div');
    expect(root.querySelector('figure')).toBeNull();
    const swatchSvgs = Array.from(root.querySelectorAll('div[class*="-swatches"] svg'));
    expect(swatchSvgs.length).toBe(2);
    for (const s of swatchSvgs) expect(s.getAttribute('aria-hidden')).toBe('true');
  });

  it('rounds geometry to the requested precision but leaves text alone', () => {
    const precise = renderInNode(blobScatter({ X, y, name: 'Tiny 0.123456 set' }));
    const rounded = renderInNode(blobScatter({ X, y, name: 'Tiny 0.123456 set' }), 1);
    const decimals = (s: Element) =>
      Math.max(...Array.from(s.querySelectorAll('g[data-mark="dot"] path')).flatMap((p) => p.getAttribute('d')!.match(/\d+\.\d+/g)!.map((n) => n.split('.')[1].length)));
    expect(decimals(precise.svg)).toBeGreaterThan(1);
    expect(decimals(rounded.svg)).toBeLessThanOrEqual(1);
    expect(rounded.svg.getAttribute('aria-label')).toContain('0.123456');
  });
});

describe('renderFigure sizes', () => {
  it('marks charts at least WIDE_CHART px wide, whose text the stylesheet enlarges on phones', async () => {
    const { WIDE_CHART } = await import('../../src/lib/plot/renderFigure');
    const wide = renderInNode(blobScatter({ X, y, width: WIDE_CHART })).svg;
    const narrow = renderInNode(blobScatter({ X, y, width: WIDE_CHART - 1 })).svg;
    expect(wide.hasAttribute('data-wide')).toBe(true);
    expect(narrow.hasAttribute('data-wide')).toBe(false);
  });
});

describe('renderFigure ids', () => {
  it('prefixes generated clip-path ids and the references to them', () => {
    const { svg } = renderInNode(blobScatter({ X, y }), undefined, 'fig-a');
    const clip = svg.querySelector('clipPath')!;
    expect(clip.getAttribute('id')).toMatch(/^fig-a-plot-clip-\d+$/);
    const user = svg.querySelector('[clip-path]')!;
    expect(user.getAttribute('clip-path')).toBe(`url(#${clip.getAttribute('id')})`);
  });
});

describe('long runs of marks', () => {
  it('nests a 4000-label mark in groups of at most MAX_SIBLINGS, keeping every label', async () => {
    const Plot = await import('@observablehq/plot');
    const { renderFigure: render, MAX_SIBLINGS } = await import('../../src/lib/plot/renderFigure');
    const { serverDocument } = await import('../../src/lib/plot/serverDocument');
    const data = Array.from({ length: 4000 }, (_, i) => ({ x: i % 63, y: Math.floor(i / 63) }));
    const svg = render({ marks: [Plot.text(data, { x: 'x', y: 'y', text: 'x' })], ariaLabel: 'many labels' }, { document: serverDocument() });
    expect(svg.querySelectorAll('g[data-mark="text"] text').length).toBe(4000);
    for (const g of Array.from(svg.querySelectorAll('g'))) expect(g.children.length).toBeLessThanOrEqual(MAX_SIBLINGS);
  });

  it('draws a 4000-dot mark as one path per colour', async () => {
    const { svg } = renderInNode(blobScatter({ X: Array.from({ length: 4000 }, (_, i) => [i % 63, Math.floor(i / 63)]), y: Array.from({ length: 4000 }, (_, i) => i % 4) }));
    const paths = Array.from(svg.querySelectorAll('g[data-mark="dot"] path'));
    expect(paths.length).toBe(4);
    expect(paths.map((p) => Number(p.getAttribute('data-points')))).toEqual([1000, 1000, 1000, 1000]);
    expect(svg.querySelectorAll('circle').length).toBe(0);
  });
});
