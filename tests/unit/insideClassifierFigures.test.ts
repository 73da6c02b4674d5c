import { describe, expect, it } from 'vitest';
import {
  biasShiftFigure,
  probabilitiesFigure,
  testScatterFigure,
  weightsFigure,
} from '../../src/lib/inside/insideClassifierFigures';
import { renderInNode } from './figures.renderInNode';

const kernel = [
  [0.18243906, -0.32536864],
  [0.80486184, 0.29774043],
];
const bias = [1.4485976, -1.4485976];
const XTest = [
  [-8, 2],
  [3, -9],
  [-1, -1],
  [6, 5],
];
const yTest = [0, 1, 0, 1];

describe('insideClassifierFigures', () => {
  it('draws the kernel and the bias on one colour scale, with 4 and 2 written values', () => {
    const f = weightsFigure(kernel, bias);
    expect(f.options).toHaveLength(2);
    expect(f.options[0].color?.domain).toEqual(f.options[1].color?.domain);
    expect(f.options[0].color?.domain).toEqual([-bias[0], bias[0]]);
    const [w, b] = f.options.map((o) => renderInNode(o).svg);
    expect(w.querySelectorAll('[data-mark="text"] text')).toHaveLength(4);
    expect(b.querySelectorAll('[data-mark="text"] text')).toHaveLength(2);
    expect(f.table.rows).toHaveLength(6);
    expect(f.table.rows[1]).toEqual(['kernel x₀ → class 1', kernel[0][1]]);
  });

  it('tabulates every test point through W x and W x + b', () => {
    const f = biasShiftFigure({ XTest, yTest, kernel, bias });
    expect(f.table.rows).toHaveLength(4);
    const [x0, x1, label, a0, a1, c0, c1] = f.table.rows[0] as number[];
    expect([x0, x1, label]).toEqual([-8, 2, 0]);
    expect(a0).toBeCloseTo(-8 * kernel[0][0] + 2 * kernel[1][0], 12);
    expect(a1).toBeCloseTo(-8 * kernel[0][1] + 2 * kernel[1][1], 12);
    expect(c0 - a0).toBeCloseTo(bias[0], 12);
    expect(c1 - a1).toBeCloseTo(bias[1], 12);
    expect(f.options[0].ariaLabel).toContain('b = (1.45, −1.45)');
  });

  it('gives probabilities that add up to 1', () => {
    const f = probabilitiesFigure({ XTest, yTest, kernel, bias });
    for (const row of f.table.rows) expect(row[5] as number).toBeCloseTo(1, 14);
  });

  it('plots the test set by class', () => {
    const f = testScatterFigure(XTest, yTest);
    expect(f.options[0].ariaLabel).toBe('Two-blob test set: scatter plot of 4 points in 2 classes');
    expect(f.table.rows[3]).toEqual([6, 5, 1]);
  });
});
