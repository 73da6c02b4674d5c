import { describe, expect, it } from 'vitest';
import { boundaryRuns, decisionBoundary } from '../../src/lib/figures';
import { decisionGrid } from '../../src/lib/data';
import { markChildren, renderInNode } from './figures.renderInNode';

const grid = decisionGrid();
// A fixed linear rule: class 1 above the line x1 = 0.5 x0, class 0 below.
const gridClasses = grid.map(([a, b]) => (b > 0.5 * a ? 1 : 0));

describe('boundaryRuns', () => {
  it('covers all 10000 grid cells, each row spanning the full width', () => {
    const runs = boundaryRuns(grid, gridClasses);
    expect(runs.reduce((s, r) => s + r.cells, 0)).toBe(10000);
    const half = 20 / 99;
    for (const r of runs) {
      expect(r.y2 - r.y1).toBeCloseTo(2 * half, 10);
    }
    const firstRow = runs.filter((r) => r.y1 === runs[0].y1);
    expect(firstRow[0].x1).toBeCloseTo(-20 - half, 10);
    expect(firstRow[firstRow.length - 1].x2).toBeCloseTo(20 + half, 10);
  });

  it('gives a linear rule at most two runs a row', () => {
    const runs = boundaryRuns(grid, gridClasses);
    expect(runs.length).toBeGreaterThanOrEqual(100);
    expect(runs.length).toBeLessThanOrEqual(200);
  });

  it('keeps the class of every cell', () => {
    const runs = boundaryRuns(grid, gridClasses);
    const expanded = runs.flatMap((r) => Array<number>(r.cells).fill(r.label));
    expect(expanded).toEqual(gridClasses);
  });

  it('rejects a grid that is not square', () => {
    expect(() => boundaryRuns(grid.slice(1), gridClasses.slice(1))).toThrow(RangeError);
  });
});

describe('decisionBoundary', () => {
  it('draws one rect a run, at group opacity, and the data on top', () => {
    const X = [[-5, 5], [5, -5], [0, 10]];
    const y = [1, 0, 1];
    const options = decisionBoundary({ grid, gridClasses, X, y });
    const { svg } = renderInNode(options);
    expect(markChildren(svg, 'rect').length).toBe(boundaryRuns(grid, gridClasses).length);
    expect(svg.querySelector('g[data-mark="rect"]')!.getAttribute('opacity')).toBe('0.3');
    expect(markChildren(svg, 'dot').length).toBe(3);
    expect(svg.getAttribute('aria-description')).toMatch(/10000 grid points/);
  });
});
