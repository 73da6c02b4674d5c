import { makeBlobs } from '../data/makeBlobs';
import { regressionData } from '../data/regressionData';
import { toCategorical } from '../data/toCategorical';
import { trainTestSplit } from '../data/trainTestSplit';
import type { ExperimentConfig } from './ExperimentConfig';

/** An experiment's data after the split, with targets both as the lesson prints them and as rows. */
export interface ExperimentData {
  XTrain: number[][];
  XTest: number[][];
  /** Class labels (classification) or target values (regression). */
  yTrain: number[];
  yTest: number[];
  /** The targets the model trains on: one-hot rows, or [value] rows for the regression. */
  yTrainRows: number[][];
  yTestRows: number[][];
}

/** Builds the data of `config` exactly as the lesson's notebook did (seeded, NumPy-identical). */
export function experimentData(config: ExperimentConfig): ExperimentData {
  const d = config.data;
  if (d.kind === 'blobs') {
    const blobs = makeBlobs({
      nSamples: d.nSamples,
      nFeatures: d.nFeatures,
      centers: d.centers,
      clusterStd: d.clusterStd,
      randomState: d.randomState,
    });
    const s = trainTestSplit(blobs.X, blobs.y, { testSize: d.testSize, randomState: d.splitSeed });
    return {
      ...s,
      yTrainRows: toCategorical(s.yTrain, d.centers),
      yTestRows: toCategorical(s.yTest, d.centers),
    };
  }
  const { x, y } = regressionData({ n: d.n, noise: d.noise, seed: d.seed });
  const s = trainTestSplit(
    x.map((v) => [v]),
    y,
    { testSize: d.testSize, randomState: d.splitSeed },
  );
  return { ...s, yTrainRows: s.yTrain.map((v) => [v]), yTestRows: s.yTest.map((v) => [v]) };
}
