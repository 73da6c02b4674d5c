/**
 * The four figures of the "inside a linear classifier" page as one table: the element that
 * redraws each in the page, the figure name the registry lists it under, its id suffix, its
 * caption, and how to draw it from a state of the model. InsideFigure.astro renders any of them.
 */
import type { FigureName } from '../experiments/ExperimentConfig';
import {
  biasShiftFigure,
  probabilitiesFigure,
  testScatterFigure,
  weightsFigure,
  type InsideFigure,
  type InsideState,
} from './insideClassifierFigures';

export type InsideViewName = 'weights' | 'testScatter' | 'biasShift' | 'probabilities';

export interface InsideView {
  /** The custom element of src/client/demo/insideClassifierFigures.ts that redraws it. */
  tag: 'inside-weights' | 'inside-test-scatter' | 'inside-bias-shift' | 'inside-probabilities';
  figure: FigureName;
  /** Appended to the experiment id to make the figure's default id. */
  idSuffix: string;
  caption: string;
  /** Show every row of its data table (the weights are a handful of numbers). */
  allRows: boolean;
  draw(state: InsideState): InsideFigure;
}

export const INSIDE_VIEWS: Record<InsideViewName, InsideView> = {
  weights: {
    tag: 'inside-weights',
    figure: 'weights',
    idSuffix: 'weights',
    caption: 'The learned parameters: kernel (inputs × classes, as Keras stores it) and bias, on one colour scale',
    allRows: true,
    draw: (s) => weightsFigure(s.kernel, s.bias),
  },
  testScatter: {
    tag: 'inside-test-scatter',
    figure: 'testScatter',
    idSuffix: 'test-set',
    caption: 'The test set of the two blobs, coloured by true class',
    allRows: false,
    draw: (s) => testScatterFigure(s.XTest, s.yTest),
  },
  biasShift: {
    tag: 'inside-bias-shift',
    figure: 'biasShift',
    idSuffix: 'bias-shift',
    caption: 'Test points through W x (crosses) and W x + b (dots): the bias b moves every point by the same arrow',
    allRows: false,
    draw: biasShiftFigure,
  },
  probabilities: {
    tag: 'inside-probabilities',
    figure: 'probabilities',
    idSuffix: 'probabilities',
    caption: 'Output probabilities of the test points, p₀ against p₁: every point lies on p₀ + p₁ = 1',
    allRows: false,
    draw: probabilitiesFigure,
  },
};
