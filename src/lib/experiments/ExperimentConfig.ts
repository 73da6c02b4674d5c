import type { RegressionTarget } from '../data/regressionTarget';
import type { ClassifierActivation } from '../model/buildHiddenLayerClassifier';
import type { HiddenActivation } from '../model/buildRegressor';
import type { LossName } from '../model/LossName';

/** An experiment's name in markup, URLs and messages; the registry lists the known ones. */
export type ExperimentId = string;

/** What an experiment learns: class labels from points, or a value from a number. */
export type ExperimentKind = 'classification' | 'regression';

/**
 * The figure components that can show an experiment. A component given no `experiment` shows
 * the first experiment in the registry that lists it.
 */
export type FigureName =
  | 'blobs'
  | 'trainer'
  | 'predictions'
  | 'decisionBoundary'
  | 'weights'
  | 'testScatter'
  | 'biasShift'
  | 'probabilities'
  | 'regressionData'
  | 'regressionFit';

/** make_blobs followed by train_test_split, scikit-learn's parameters under their own names. */
export interface BlobsDataConfig {
  kind: 'blobs';
  nSamples: number;
  nFeatures: number;
  centers: number;
  clusterStd: number;
  /** make_blobs' random_state. */
  randomState: number;
  testSize: number;
  /** train_test_split's random_state. */
  splitSeed: number;
}

/** make_moons or make_circles followed by train_test_split, scikit-learn's parameters. */
export interface TwoClassDataConfig {
  kind: 'moons' | 'circles';
  nSamples: number;
  /** Standard deviation of the Gaussian noise on each coordinate. */
  noise: number;
  /** make_circles' inner radius (the outer one is 1); the moons have none. */
  factor?: number;
  /** The generator's random_state. */
  randomState: number;
  testSize: number;
  splitSeed: number;
}

/** x = linspace(-20, 20, n), y = target(x) + noise N(0, 1), then train_test_split. */
export interface RegressionDataConfig {
  kind: 'regression';
  n: number;
  noise: number;
  /** The curve under the noise; the lesson's falling sigmoid 1 / (1 + e^x) when absent. */
  target?: RegressionTarget;
  /** Seed of the noise: the lesson's was unseeded (see REGRESSION_SEED). */
  seed: number;
  testSize: number;
  splitSeed: number;
}

export type ModelConfig =
  | { builder: 'softmaxClassifier'; inputs: number; classes: number; seed: number }
  | { builder: 'linearSoftmax'; inputs: number; classes: number; seed: number }
  /** Dense(hidden, activation) then Dense(classes, softmax); hidden 0 is the linear softmax. */
  | { builder: 'hiddenLayerClassifier'; inputs: number; classes: number; hidden: number; activation: ClassifierActivation; seed: number }
  /**
   * A single sigmoid unit (hidden []), or hidden layers then Dense(1). With `hiddenActivation`
   * the demos offer the hidden units and their activation as knobs (0 units: the single unit).
   */
  | { builder: 'regressor'; inputs: number; hidden: number[]; hiddenActivation?: HiddenActivation; seed: number };

export interface ExperimentConfig {
  id: ExperimentId;
  title: string;
  /** What the dataset is called in captions and downloads, e.g. 'Four blobs'. */
  dataName: string;
  kind: ExperimentKind;
  /** The lesson page whose trainer runs it, relative to the site's root, e.g. 'lesson/four-blobs/'. */
  page?: string;
  figures: readonly FigureName[];
  data: BlobsDataConfig | TwoClassDataConfig | RegressionDataConfig;
  /** A classifier's decision grid, n x n over [-extent, extent]^2; the lesson's (LESSON_GRID) when absent. */
  grid?: { n: number; extent: number };
  /** `seed` is the seed of the Glorot-uniform initial kernel. */
  model: ModelConfig;
  /** `seed` is the seed of the per-epoch shuffle. */
  training: { epochs: number; batchSize: number; learningRate: number; seed: number; loss: LossName };
  /**
   * The figures the lesson's notebook reported for its own (unseeded) run; absent for an
   * experiment the lesson did not run (the pages then show only this site's figures).
   */
  lesson?: { loss: number; accuracy?: number; kernel?: number[][]; bias?: number[] };
}
