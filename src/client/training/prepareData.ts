/**
 * The arrays of one run: the experiment's dataset with the reader's overrides, split as the
 * lesson splits it, and the targets shaped the way the training loop wants them (one-hot rows
 * for the classifiers, one-value rows for the regression). Plain numbers, no TF.js, so the
 * worker can post them to the page before any tensor exists.
 */
import { makeBlobs, regressionData, toCategorical, trainTestSplit } from '../../lib/data';
import type { BlobsDataParams, ExperimentId, RegressionDataParams } from './protocol';

export interface PreparedData {
  kind: 'classification' | 'regression';
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
  centers?: number[][];
}

/** The lesson's data parameters, which the reader's overrides start from. */
export const LESSON_DATA: {
  blobs4: Required<BlobsDataParams>;
  blobs2: Required<BlobsDataParams>;
  regression: Required<RegressionDataParams>;
} = {
  blobs4: { nSamples: 4000, centers: 4, clusterStd: 2, randomState: 101, testSize: 0.2, splitSeed: 42 },
  blobs2: { nSamples: 4000, centers: 2, clusterStd: 2.5, randomState: 101, testSize: 0.2, splitSeed: 42 },
  regression: { n: 1000, noise: 0.1, seed: 42, testSize: 0.2, splitSeed: 42 },
};

export function prepareData(experiment: ExperimentId, overrides: BlobsDataParams | RegressionDataParams = {}): PreparedData {
  if (experiment === 'regression') {
    const p = { ...LESSON_DATA.regression, ...(overrides as RegressionDataParams) };
    const { x, y } = regressionData({ n: p.n, noise: p.noise, seed: p.seed });
    const split = trainTestSplit(
      x.map((v) => [v]),
      y,
      { testSize: p.testSize, randomState: p.splitSeed },
    );
    return {
      kind: 'regression',
      xTrain: split.XTrain,
      xTest: split.XTest,
      yTrain: split.yTrain,
      yTest: split.yTest,
      yTrainRows: split.yTrain.map((v) => [v]),
      yTestRows: split.yTest.map((v) => [v]),
      outputs: 1,
    };
  }
  const p = { ...LESSON_DATA[experiment], ...(overrides as BlobsDataParams) };
  const blobs = makeBlobs({ nSamples: p.nSamples, centers: p.centers, clusterStd: p.clusterStd, randomState: p.randomState });
  const split = trainTestSplit(blobs.X, blobs.y, { testSize: p.testSize, randomState: p.splitSeed });
  return {
    kind: 'classification',
    xTrain: split.XTrain,
    xTest: split.XTest,
    yTrain: split.yTrain,
    yTest: split.yTest,
    yTrainRows: toCategorical(split.yTrain, p.centers),
    yTestRows: toCategorical(split.yTest, p.centers),
    outputs: p.centers,
    centers: blobs.centers,
  };
}
