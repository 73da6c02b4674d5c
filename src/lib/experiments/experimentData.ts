import { makeBlobs } from '../data/makeBlobs';
import { regressionData } from '../data/regressionData';
import type { Split } from '../figures/split';
import type { ExperimentConfig, ExperimentKind } from './ExperimentConfig';
import { splitSamples } from './splitSamples';

/**
 * An experiment's data, in every shape its users want: the lesson's train/test split, the
 * targets as the model trains on them, and all the samples in the order they were made, each
 * marked with the part of the split it went to.
 */
export interface ExperimentData {
  kind: ExperimentKind;
  /** Number of classes; 1 for the regression. */
  outputs: number;
  /** Feature rows (one value per row for the regression). */
  XTrain: number[][];
  XTest: number[][];
  /** Class labels (classification) or target values (regression). */
  yTrain: number[];
  yTest: number[];
  /** The targets the model trains on: one-hot rows, or [value] rows for the regression. */
  yTrainRows: number[][];
  yTestRows: number[][];
  /** Every sample in the order make_blobs or linspace made it, with its part of the split. */
  all: { X: number[][]; y: number[]; split: Split[] };
  /** The blobs' centres, one row per class (classification only). */
  centers?: number[][];
}

/** Builds the data of `config` exactly as the lesson's notebook did (seeded, NumPy-identical). */
export function experimentData(config: ExperimentConfig): ExperimentData {
  const d = config.data;
  const { X, y, centers } =
    d.kind === 'blobs'
      ? makeBlobs({
          nSamples: d.nSamples,
          nFeatures: d.nFeatures,
          centers: d.centers,
          clusterStd: d.clusterStd,
          randomState: d.randomState,
        })
      : regressionRows(d.n, d.noise, d.seed);
  const outputs = d.kind === 'blobs' ? d.centers : 1;
  const data = splitSamples(X, y, { kind: config.kind, outputs, testSize: d.testSize, splitSeed: d.splitSeed });
  return centers ? { ...data, centers } : data;
}

function regressionRows(n: number, noise: number, seed: number): { X: number[][]; y: number[]; centers?: undefined } {
  const { x, y } = regressionData({ n, noise, seed });
  return { X: x.map((v) => [v]), y };
}
