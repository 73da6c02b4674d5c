import type { LossName } from '../model/LossName';

export type ExperimentId = 'blobs4' | 'blobs2' | 'regression';

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

/** x = linspace(-20, 20, n), y = 1 / (1 + e^x) + noise N(0, 1), then train_test_split. */
export interface RegressionDataConfig {
  kind: 'regression';
  n: number;
  noise: number;
  /** Seed of the noise: the lesson's was unseeded (see REGRESSION_SEED). */
  seed: number;
  testSize: number;
  splitSeed: number;
}

export type ModelConfig =
  | { builder: 'softmaxClassifier'; inputs: number; classes: number; seed: number }
  | { builder: 'linearSoftmax'; inputs: number; classes: number; seed: number }
  | { builder: 'regressor'; inputs: number; hidden: number[]; seed: number };

export interface ExperimentConfig {
  id: ExperimentId;
  title: string;
  data: BlobsDataConfig | RegressionDataConfig;
  /** `seed` is the seed of the Glorot-uniform initial kernel. */
  model: ModelConfig;
  /** `seed` is the seed of the per-epoch shuffle. */
  training: { epochs: number; batchSize: number; learningRate: number; seed: number; loss: LossName };
  /** The figures the lesson's notebook reported for its own (unseeded) run. */
  lesson: { loss: number; accuracy?: number; kernel?: number[][]; bias?: number[] };
}
