/**
 * The four figures of the "inside a linear classifier" page, as Plot options plus the rows of
 * their Data tables, from a test set and one state of the model's weights. The build renders
 * them once from its seeded run; the page redraws them from every epoch of the reader's run, so
 * both go through these functions and show the same thing for the same weights.
 */
import type { PlotOptions } from '@observablehq/plot';
import { biasHeatmap } from '../figures/biasHeatmap';
import { biasShift } from '../figures/biasShift';
import { blobScatter } from '../figures/blobScatter';
import { probabilityLine } from '../figures/probabilityLine';
import { weightHeatmap } from '../figures/weightHeatmap';
import { denseLayerStages, type DenseLayerStages } from './denseLayerStages';

export interface FigureTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface InsideFigure {
  /** One option set per panel. */
  options: PlotOptions[];
  table: FigureTable;
}

export interface InsideState {
  XTest: readonly (readonly number[])[];
  yTest: readonly number[];
  kernel: readonly (readonly number[])[];
  bias: readonly number[];
  /** Precomputed stages of XTest, when the caller has them. */
  stages?: DenseLayerStages;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (i: number) => String(i).replace(/\d/g, (d) => SUB[Number(d)]);

/** The kernel and the bias as two heatmaps on one colour scale, so their cells compare. */
export function weightsFigure(kernel: InsideState['kernel'], bias: InsideState['bias']): InsideFigure {
  const extent = Math.max(1e-9, ...kernel.flat().map(Math.abs), ...bias.map(Math.abs));
  return {
    options: [weightHeatmap({ kernel, extent }), biasHeatmap({ bias, extent })],
    table: {
      columns: ['parameter', 'value'],
      rows: [
        ...kernel.flatMap((row, i) => row.map((v, j) => [`kernel x${sub(i)} → class ${j}`, v])),
        ...bias.map((v, j) => [`bias b${sub(j)} (class ${j})`, v]),
      ],
    },
  };
}

function stagesOf(s: InsideState): DenseLayerStages {
  return s.stages ?? denseLayerStages(s.XTest, s.kernel, s.bias);
}

/** The test points through W x and through W x + b, the bias as an arrow from the origin. */
export function biasShiftFigure(s: InsideState): InsideFigure {
  const { wx, wxb } = stagesOf(s);
  return {
    options: [biasShift({ wx, wxb, y: s.yTest, bias: s.bias })],
    table: {
      columns: ['x₀', 'x₁', 'class', '(W x)₀', '(W x)₁', '(W x + b)₀', '(W x + b)₁'],
      rows: s.XTest.map((x, i) => [x[0], x[1], s.yTest[i], wx[i][0], wx[i][1], wxb[i][0], wxb[i][1]]),
    },
  };
}

/** The output probabilities p0 against p1, on the line p0 + p1 = 1. */
export function probabilitiesFigure(s: InsideState): InsideFigure {
  const { probs } = stagesOf(s);
  return {
    options: [probabilityLine({ probs, y: s.yTest })],
    table: {
      columns: ['x₀', 'x₁', 'class', 'p₀', 'p₁', 'p₀ + p₁'],
      rows: s.XTest.map((x, i) => [x[0], x[1], s.yTest[i], probs[i][0], probs[i][1], probs[i][0] + probs[i][1]]),
    },
  };
}

/** The test set in feature space, coloured by true class. */
export function testScatterFigure(XTest: InsideState['XTest'], yTest: InsideState['yTest']): InsideFigure {
  return {
    options: [blobScatter({ X: XTest, y: yTest, name: 'Two-blob test set' })],
    table: { columns: ['x₀', 'x₁', 'class'], rows: XTest.map((x, i) => [x[0], x[1], yTest[i]]) },
  };
}
