/**
 * The arrays of one run: the experiment's dataset with the reader's overrides, split as the
 * lesson splits it, and the targets shaped the way the training loop wants them (one-hot rows
 * for the classifiers, one-value rows for the regression). Plain numbers, no TF.js, so the
 * worker can post them to the page before any tensor exists.
 */
// From its own file, not the experiments index: pages call this too, and the index would bring TF.js.
import type { ExperimentConfig } from '../experiments/ExperimentConfig';
import { experimentData } from '../experiments/experimentData';
import { experimentConfig } from './experimentConfig';
import type { DataParams, ExperimentId } from './protocol';

export interface PreparedData {
  kind: 'classification' | 'regression';
  /** The experiment with the reader's data overrides applied. */
  config: ExperimentConfig;
  xTrain: number[][];
  xTest: number[][];
  /** Class labels (classifiers) or target values (regression). */
  yTrain: number[];
  yTest: number[];
  /** What the loop trains on: one-hot rows, or [value] rows. */
  yTrainRows: number[][];
  yTestRows: number[][];
  /** Number of classes; 1 for the regression. */
  outputs: number;
}

export function prepareData(experiment: ExperimentId, overrides: DataParams = {}): PreparedData {
  const config = experimentConfig(experiment, overrides);
  const d = experimentData(config);
  return {
    kind: config.data.kind === 'blobs' ? 'classification' : 'regression',
    config,
    xTrain: d.XTrain,
    xTest: d.XTest,
    yTrain: d.yTrain,
    yTest: d.yTest,
    yTrainRows: d.yTrainRows,
    yTestRows: d.yTestRows,
    outputs: config.data.kind === 'blobs' ? config.data.centers : 1,
  };
}
