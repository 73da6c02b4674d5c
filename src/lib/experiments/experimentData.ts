import { makeBlobs } from '../data/makeBlobs';
import { makeCircles } from '../data/makeCircles';
import { makeMoons } from '../data/makeMoons';
import { regressionData } from '../data/regressionData';
import type { Split } from '../figures/split';
import type { ExperimentConfig, ExperimentKind, RegressionDataConfig, TwoClassDataConfig } from './ExperimentConfig';
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
  /** Every sample in the order make_blobs, make_moons, make_circles or linspace made it, with its part of the split. */
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
      : d.kind === 'regression'
        ? regressionRows(d)
        : twoClassRows(d);
  const outputs = d.kind === 'blobs' ? d.centers : d.kind === 'regression' ? 1 : 2;
  const data = splitSamples(X, y, { kind: config.kind, outputs, testSize: d.testSize, splitSeed: d.splitSeed });
  return centers ? { ...data, centers } : data;
}

function regressionRows(d: RegressionDataConfig): { X: number[][]; y: number[]; centers?: undefined } {
  const { x, y } = regressionData({ n: d.n, noise: d.noise, seed: d.seed, ...(d.target ? { target: d.target } : {}) });
  return { X: x.map((v) => [v]), y };
}

function twoClassRows(d: TwoClassDataConfig): { X: number[][]; y: number[]; centers?: undefined } {
  const o = { nSamples: d.nSamples, noise: d.noise, randomState: d.randomState };
  return d.kind === 'moons' ? makeMoons(o) : makeCircles({ ...o, ...(d.factor !== undefined ? { factor: d.factor } : {}) });
}
