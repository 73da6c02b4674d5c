import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { biasShift } from '../../src/lib/figures';
import { serverDocument } from '../../src/lib/plot/serverDocument';
import { markChildren, renderInNode, shapes } from './figures.renderInNode';

const wx = [[-3, 1], [2, 2], [4, -1], [-1, -2]];
const bias = [1.449, -1.449];
const wxb = wx.map((p) => [p[0] + bias[0], p[1] + bias[1]]);
const y = [0, 1, 1, 0];

describe('biasShift', () => {
  it('draws both point sets and ends the bias arrow at b', () => {
    const options = biasShift({ wx, wxb, y, bias, shiftArrows: 0 });
    const plot = Plot.plot({ ...options, document: serverDocument() });
    const svg = plot.tagName.toLowerCase() === 'svg' ? plot : Array.from(plot.children).find((c) => c.tagName.toLowerCase() === 'svg')!;
    const arrows = Array.from(svg.querySelectorAll('g[aria-label="arrow"] path'));
    const d = arrows[arrows.length - 1].getAttribute('d')!;
    const [, x1, y1, x2, y2] = d.match(/^M([-\d.e]+),([-\d.e]+)L([-\d.e]+),([-\d.e]+)/)!.map(Number);
    const x = plot.scale('x')!;
    const yScale = plot.scale('y')!;
    expect(x1).toBeCloseTo(x.apply(0) as number, 6);
    expect(y1).toBeCloseTo(yScale.apply(0) as number, 6);
    expect(x2).toBeCloseTo(x.apply(bias[0]) as number, 6);
    expect(y2).toBeCloseTo(yScale.apply(bias[1]) as number, 6);
  });

  it('has 4 crosses, 4 dots, a legend for both and one thin arrow a sampled point', () => {
    const { root, svg } = renderInNode(biasShift({ wx, wxb, y, bias, shiftArrows: 2 }));
    const [before, after] = Array.from(svg.querySelectorAll('g[data-mark="dot"]'));
    expect(shapes(before).length).toBe(4);
    expect(shapes(after).length).toBe(4);
    // 2 point-shift arrows, then the bias arrow's halo and the bias arrow.
    expect(markChildren(svg, 'arrow').length).toBe(4);
    expect(root.textContent).toContain('W x + b');
    expect(svg.getAttribute('aria-label')).toContain('b = (1.45, −1.45)');
  });
});
