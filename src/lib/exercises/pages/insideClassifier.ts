/**
 * The exercises of the inside-a-linear-classifier page, computed with the functions that draw
 * its figures (denseLayerStages, kernelToW) and train its model (sgdReference, the
 * seeded run's settings). The page imports this; tests/unit/insideClassifierExercises.test.ts
 * checks every answer and trains the predict run to pin the option its explanation names.
 */
import { denseLayerStages } from '../../inside/denseLayerStages';
import { kernelToW } from '../../math/kernelToW';
import { sgdReference } from '../../model/sgdReference';
import { experimentById } from '../../experiments/registry';
import { experimentData } from '../../experiments/experimentData';
import { predictSettings } from '../predictSettings';
import { decimalsTolerance } from '../decimalsTolerance';
import { predictRun } from '../predictRun';

const cfg = experimentById('blobs2');
const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** A small two-class layer, its kernel in Keras' layout (inputs x units), and points pushed through it. */
const kernel = [
  [1, -1],
  [0.5, 0.5],
];
const bias = [0.5, -0.5];
const points = [
  [1, 2],
  [-3, 0],
];
const stages = denseLayerStages(points, kernel, bias);
const W = kernelToW(kernel);
const gap = (rows: number[][]) => rows[1].map((v, j) => v - rows[0][j]);
const norm = (v: readonly number[]) => Math.hypot(...v);

/** Biases that start away from zero, trained with the page's data and settings. */
const biasStart = [0.3, 0.5];
const data = experimentData(cfg);
const trained = sgdReference({
  activation: 'softmax',
  x: data.XTrain,
  y: data.yTrainRows,
  kernel: [
    [0.4, -0.2],
    [0.1, 0.3],
  ],
  bias: biasStart,
  epochs: cfg.training.epochs,
  batchSize: cfg.training.batchSize,
  learningRate: cfg.training.learningRate,
  seed: cfg.training.seed,
});

export const insideClassifierExercises = {
  kernel,
  bias,
  point: points[0],
  W,
  wx: stages.wx[0],
  wxb: stages.wxb[0],
  p1: { answer: stages.probs[0][1], tolerance: decimalsTolerance(2) },
  pair: [points[0], points[1]],
  pairWx: [stages.wx[0], stages.wx[1]],
  pairWxb: [stages.wxb[0], stages.wxb[1]],
  distance: { answer: norm(gap(stages.wxb)), before: norm(gap(stages.wx)), tolerance: decimalsTolerance(2) },
  biasStart,
  biasSum: { answer: trained.bias[0] + trained.bias[1], tolerance: decimalsTolerance(2), trained: trained.bias.map((v) => round(v, 3)), steps: trained.steps },
  lessonLoss: cfg.lesson!.loss,
  lessonRate: cfg.training.learningRate,
  /** Two blobs with a learning rate of 1 instead of 0.01. */
  fastRun: predictRun(predictSettings('blobs2', { learningRate: 1 }), 'loss', 0, [
    { label: `Below 0.03, lower than the lesson’s ${round(cfg.lesson!.loss, 3)}`, max: 0.03 },
    { label: `0.03 or more: no better than the lesson’s, or worse`, min: 0.03 },
    { label: 'The run diverges', diverged: true },
  ]),
};
