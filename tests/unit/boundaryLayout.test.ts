import { describe, expect, it } from 'vitest';
import { boundaryLayout } from '../../src/lib/figures/boundaryLayout';
import { decisionBoundary } from '../../src/lib/figures/decisionBoundary';
import { decisionGrid } from '../../src/lib/data/decisionGrid';

const grid = decisionGrid();
// Class 1 on the 30 rightmost columns, class 0 elsewhere: 30% and 70% of the grid.
const gridClasses = grid.map((_, i) => (i % 100 >= 70 ? 1 : 0));
const half = 20 / 99;

describe('boundaryLayout', () => {
  it('spans the grid’s cells on both axes, in a square plotting area', () => {
    const o = boundaryLayout({ grid, gridClasses });
    const [lo, hi] = Array.from(o.x?.domain ?? []) as number[];
    expect(lo).toBeCloseTo(-20 - half, 12);
    expect(hi).toBeCloseTo(20 + half, 12);
    expect(o.y?.domain).toEqual(o.x?.domain);
    expect(o.width! - o.marginLeft! - o.marginRight!).toBe(o.height! - o.marginTop! - o.marginBottom!);
    expect(o.marks).toBeUndefined();
  });

  it('says what share of the grid each class has, a class of the data only at 0%', () => {
    const o = boundaryLayout({ grid, gridClasses, X: [[0, 0], [1, 1]], y: [0, 2] });
    expect(o.ariaDescription).toBe(
      'The square from −20 to 20 in both features, sampled at 10000 grid points, each shaded by the class the model predicts there: ' +
        'class 0 70%, class 1 30%, class 2 0% of the grid. 2 data points are drawn on top, coloured by their true class.',
    );
    expect(o.ariaLabel).toBe('Decision regions of the classifier over a 100 by 100 grid');
    expect(o.color?.domain).toEqual([0, 1, 2]);
  });

  it('is the decision boundary figure without its marks', () => {
    const input = { grid, gridClasses, X: [[3, 4]], y: [1], width: 400 };
    const layout = boundaryLayout(input);
    const figure = decisionBoundary(input);
    for (const key of ['width', 'height', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft', 'ariaLabel', 'ariaDescription'] as const) {
      expect(layout[key], key).toBe(figure[key]);
    }
    expect(layout.x).toEqual(figure.x);
    expect(layout.y).toEqual(figure.y);
    expect(layout.color?.range).toEqual(figure.color?.range);
    expect(figure.marks).toHaveLength(3);
  });

  it('refuses data without a label each, and classes that are not the grid’s', () => {
    expect(() => boundaryLayout({ grid, gridClasses, X: [[0, 0]], y: [] })).toThrow(RangeError);
    expect(() => boundaryLayout({ grid, gridClasses: gridClasses.slice(1) })).toThrow(RangeError);
    expect(() => boundaryLayout({ grid: grid.slice(1), gridClasses: gridClasses.slice(1) })).toThrow(RangeError);
  });
});
