import { toCategorical } from '../data/toCategorical';
import { trainTestSplit } from '../data/trainTestSplit';
import type { Split } from '../figures/split';
import type { ExperimentKind } from './ExperimentConfig';
import type { ExperimentData } from './experimentData';

export interface SplitOptions {
  kind: ExperimentKind;
  /** Number of classes; 1 for the regression. */
  outputs: number;
  testSize: number;
  splitSeed: number;
}

/**
 * Samples in the order they were made, split by train_test_split and shaped for training: the
 * one-hot (or [value]) targets, and every sample marked with its part of the split.
 */
export function splitSamples(X: number[][], y: number[], o: SplitOptions): ExperimentData {
  // Splitting the indices splits the rows the same way: train_test_split only permutes.
  const index = X.map((_, i) => i);
  const parts = trainTestSplit(index, index, { testSize: o.testSize, randomState: o.splitSeed });
  const split = index.map((): Split => 'train');
  for (const i of parts.XTest) split[i] = 'test';
  const yTrain = parts.XTrain.map((i) => y[i]);
  const yTest = parts.XTest.map((i) => y[i]);
  const rows = (labels: number[]) => (o.kind === 'classification' ? toCategorical(labels, o.outputs) : labels.map((v) => [v]));
  return {
    kind: o.kind,
    outputs: o.outputs,
    XTrain: parts.XTrain.map((i) => X[i]),
    XTest: parts.XTest.map((i) => X[i]),
    yTrain,
    yTest,
    yTrainRows: rows(yTrain),
    yTestRows: rows(yTest),
    all: { X, y, split },
  };
}
