import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { regionImagePlacement } from '../../src/lib/figures/regionImagePlacement';
import { decisionBoundary } from '../../src/lib/figures/decisionBoundary';
import { decisionGrid } from '../../src/lib/data/decisionGrid';
import { serverDocument } from '../../src/lib/plot/serverDocument';
import { markChildren, renderInNode } from './figures.renderInNode';

const grid = decisionGrid();
const gridClasses = grid.map(([a, b]) => (b > 0.5 * a ? 1 : 0));

describe('regionImagePlacement', () => {
  it('fills the frame of the decision boundary figure, where Plot draws its frame', () => {
    const options = decisionBoundary({ grid, gridClasses });
    const placed = regionImagePlacement(grid, options);
    const { svg } = renderInNode(options);
    const frame = svg.querySelector('[data-mark="frame"]')!;
    expect(placed.x).toBeCloseTo(Number(frame.getAttribute('x')), 9);
    expect(placed.y).toBeCloseTo(Number(frame.getAttribute('y')), 9);
    expect(placed.width).toBeCloseTo(Number(frame.getAttribute('width')), 9);
    expect(placed.height).toBeCloseTo(Number(frame.getAttribute('height')), 9);
  });

  it('covers what the rects cover, less the half pixel they overlap by', () => {
    const options = decisionBoundary({ grid, gridClasses, width: 400 });
    const placed = regionImagePlacement(grid, options);
    const rects = markChildren(renderInNode(options).svg, 'rect');
    const edge = (name: string, pick: (...v: number[]) => number, add = '') =>
      pick(...rects.map((r) => Number(r.getAttribute(name)) + (add ? Number(r.getAttribute(add)) : 0)));
    expect(edge('x', Math.min)).toBeCloseTo(placed.x - 0.5, 6);
    expect(edge('y', Math.min)).toBeCloseTo(placed.y - 0.5, 6);
    expect(edge('x', Math.max, 'width')).toBeCloseTo(placed.x + placed.width + 0.5, 6);
    expect(edge('y', Math.max, 'height')).toBeCloseTo(placed.y + placed.height + 0.5, 6);
  });

  it('maps the cells through the scales Plot builds when the domain is wider than the grid', () => {
    const options = { ...decisionBoundary({ grid, gridClasses }), x: { domain: [-40, 40] }, y: { domain: [-30, 50] } };
    const placed = regionImagePlacement(grid, options);
    const chart = Plot.plot({ ...options, document: serverDocument() });
    const x = chart.scale('x')!.apply;
    const y = chart.scale('y')!.apply;
    const half = 20 / 99;
    expect(placed.x).toBeCloseTo(x(-20 - half), 9);
    expect(placed.width).toBeCloseTo(x(20 + half) - x(-20 - half), 9);
    expect(placed.y).toBeCloseTo(y(20 + half), 9);
    expect(placed.height).toBeCloseTo(y(-20 - half) - y(20 + half), 9);
  });

  it('refuses a figure without a frame or an explicit linear domain', () => {
    const options = decisionBoundary({ grid, gridClasses });
    expect(() => regionImagePlacement(grid, { ...options, marginLeft: undefined })).toThrow(RangeError);
    expect(() => regionImagePlacement(grid, { ...options, x: {} })).toThrow(RangeError);
    expect(() => regionImagePlacement(grid, { ...options, y: { domain: [0, 0] } })).toThrow(RangeError);
    expect(() => regionImagePlacement(grid, { ...options, x: { type: 'log', domain: [1, 10] } })).toThrow(RangeError);
  });
});
