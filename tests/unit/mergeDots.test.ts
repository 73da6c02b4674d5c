import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { mergeDots, relativePath } from '../../src/lib/plot/mergeDots';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';
import { dotCentres } from '../support/drawnDots';

const data = [
  { x: 1, y: 2, c: 'a' },
  { x: 2, y: 3, c: 'b' },
  { x: 3, y: 1, c: 'a' },
  { x: 4, y: 4, c: 'a' },
];

function render(marks: Plot.Markish[]): Element {
  return renderFigure({ marks, x: { domain: [0, 5] }, y: { domain: [0, 5] } }, { document: serverDocument() }) as unknown as Element;
}

function paths(svg: Element): Element[] {
  return Array.from(svg.querySelectorAll('g[data-mark="dot"] path'));
}

describe('mergeDots', () => {
  it('draws circles of one look as one path, keeping every centre', () => {
    const svg = render([Plot.dot(data, { x: 'x', y: 'y', fill: 'c', r: 3 })]);
    expect(svg.querySelectorAll('circle').length).toBe(0);
    const merged = paths(svg);
    expect(merged.map((p) => p.getAttribute('data-points'))).toEqual(['3', '1']);
    expect(new Set(merged.map((p) => p.getAttribute('fill'))).size).toBe(2);
    // The same figure without merging: Plot's own circles.
    const plain = Plot.plot({ marks: [Plot.dot(data, { x: 'x', y: 'y', fill: 'c', r: 3 })], x: { domain: [0, 5] }, y: { domain: [0, 5] }, document: serverDocument() });
    const circles = Array.from(plain.querySelectorAll('circle')).map((c): [number, number] => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
    const centres = dotCentres(merged.map((p) => ({ tag: 'path', d: p.getAttribute('d') })));
    expect([...centres].sort()).toEqual([...circles].sort());
  });

  it('draws each circle as two arcs of its own radius around its centre', () => {
    const svg = render([Plot.dot([{ x: 1, y: 1 }], { x: 'x', y: 'y', r: 2.5 })]);
    const d = paths(svg)[0].getAttribute('d')!;
    expect(d).toMatch(/^M[\d.]+,[\d.]+m-2\.5,0a2\.5,2\.5,0,1,0,5,0a2\.5,2\.5,0,1,0,-5,0$/);
  });

  it('moves symbol paths to their centres with relative commands only', () => {
    const svg = render([Plot.dot(data, { x: 'x', y: 'y', stroke: 'c', symbol: 'times', r: 2.5 })]);
    const merged = paths(svg);
    expect(merged.reduce((n, p) => n + Number(p.getAttribute('data-points')), 0)).toBe(4);
    for (const p of merged) {
      expect(p.hasAttribute('transform')).toBe(false);
      // Only the centres are absolute.
      const d = p.getAttribute('d')!;
      expect(d.match(/[A-Z]/g)).toEqual(Array(Number(p.getAttribute('data-points'))).fill('M'));
    }
  });

  it('keeps the style the mark puts on its groups and clips as before', () => {
    const svg = render([Plot.dot(data, { x: 'x', y: 'y', stroke: 'c', symbol: 'circle', clip: true })]);
    const mark = svg.querySelector('g[data-mark="dot"]')!;
    expect(mark.getAttribute('clip-path')).toMatch(/^url\(#/);
    expect(mark.querySelector('g[fill="none"]')).not.toBeNull();
  });

  it('leaves dots with a title alone', () => {
    const svg = render([Plot.dot(data, { x: 'x', y: 'y', title: 'c' })]);
    expect(svg.querySelectorAll('g[data-mark="dot"] circle').length).toBe(4);
    expect(svg.querySelectorAll('g[data-mark="dot"] title').length).toBe(4);
  });

  it('leaves groups that are not dot marks alone', () => {
    const svg = render([Plot.dot(data, { x: 'x', y: 'y' }), Plot.tickX(data, { x: 'x' })]);
    expect(svg.querySelectorAll('g[data-mark="tick"] line').length).toBe(4);
    const doc = serverDocument();
    const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.innerHTML = '<circle cx="1" cy="1" r="1"></circle><circle cx="2" cy="2" r="1"></circle>';
    mergeDots(g, doc);
    expect(g.querySelectorAll('circle').length).toBe(2);
  });
});

describe('relativePath', () => {
  it('rewrites an absolute path around the origin with relative commands', () => {
    expect(relativePath('M-3,0L3,0M0,3L0,-3')).toBe('m-3,0l6,0m-3,3l0,-6');
    expect(relativePath('M2.5,0A2.5,2.5,0,1,1,-2.5,0A2.5,2.5,0,1,1,2.5,0')).toBe('m2.5,0a2.5,2.5,0,1,1,-5,0a2.5,2.5,0,1,1,5,0');
  });

  it('follows H, V, Z and the implicit line-tos after a move-to', () => {
    expect(relativePath('M1,1 2,1 H3 V2 Z L0,0')).toBe('m1,1l1,0h1v1zl-1,-1');
  });

  it('refuses commands it does not handle', () => {
    expect(relativePath('M0,0C1,1,2,2,3,3')).toBeUndefined();
    expect(relativePath('M0,0L1')).toBeUndefined();
    expect(relativePath('junk')).toBeUndefined();
  });
});
