/**
 * Messages between a page and the training worker. The same messages drive the main-thread
 * fallback, so a demo cannot tell (and need not care) where its model trains.
 *
 * Every message about a run carries the `runId` the page chose, so late events of a stopped
 * run are recognised and dropped instead of being drawn over the next one.
 */

import type { ExperimentId } from '../experiments';
import type { DenseLayerWeights, EpochEvent } from '../model';
import type { Points } from '../points/pointsProblem';

export type { ExperimentId };
/**
 * The TF.js backend a run uses. Only the CPU backend ships: measured in headless Chromium here,
 * WebGL (software rendering) ran the lesson's 4-blob training about 5x slower, and WebAssembly
 * was 3-4x slower on it and computed wrong results (see selectBackend.ts).
 */
export type BackendName = 'cpu';

/** Overrides of an experiment's data; missing fields keep the lesson's values. */
export interface BlobsDataParams {
  nSamples?: number;
  centers?: number;
  clusterStd?: number;
  randomState?: number;
  testSize?: number;
  splitSeed?: number;
}
export interface RegressionDataParams {
  n?: number;
  noise?: number;
  seed?: number;
  /** Index into REGRESSION_TARGETS, for experiments whose config names a target. */
  target?: number;
  testSize?: number;
  splitSeed?: number;
}
/** make_moons and make_circles. */
export interface TwoClassDataParams {
  nSamples?: number;
  noise?: number;
  randomState?: number;
  testSize?: number;
  splitSeed?: number;
}
export type DataParams = BlobsDataParams | RegressionDataParams | TwoClassDataParams;

/** Overrides of a hidden-layer model (see activationChoices); missing fields keep the config's. */
export interface ModelParams {
  /** Units of the hidden layer; 0 for none (the linear softmax, or the single sigmoid unit). */
  hidden?: number;
  /** Index into the experiment's activationChoices. */
  activation?: number;
}

export interface TrainSettings {
  experiment: ExperimentId;
  data?: DataParams;
  /**
   * A classifier's own points (a reader's clicks or file) instead of generated data: split with
   * the experiment's test size and seed, `data` then ignored. Checked by pointsProblem.
   */
  points?: Points;
  model?: ModelParams;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Seed of the per-epoch shuffle, and of the initial weights unless `initSeed` is given. */
  seed: number;
  /** Seed of the initial weights when it differs from `seed`. */
  initSeed?: number;
  /** Post a `data` event with the train/test split before training. */
  sendData?: boolean;
  /** Attach live predictions (decision grid or fitted curve) to epoch events: the first, then one at most every LIVE_INTERVAL_MS (livePace). */
  livePredictions?: boolean;
  /** Decision grid for classifiers; the lesson's is 100 x 100 over [-20, 20]^2. */
  grid?: { n: number; extent: number };
}

/** The first Dense layer's weights, kernel inputs x units like Keras' `Dense.kernel`. */
export type DenseWeights = DenseLayerWeights;
/** What the training loop reports after each epoch, weights included. */
export type { EpochEvent };
/** An epoch's metrics without the weights, as `done` keeps them for the history. */
export type EpochMetrics = Omit<EpochEvent, 'weights'>;

/** Predictions that the figures redraw while the model learns. */
export interface LivePredictions {
  /** Classifiers: predicted class of each grid point, in decisionGrid's row order. */
  gridClasses?: number[];
  /** Regression: the model's function over evenly spaced x. */
  curve?: { x: number[]; y: number[] };
}

export interface FinalPredictions extends LivePredictions {
  /** One row per test point: class probabilities (classifiers) or the predicted value (regression). */
  test: number[][];
  /** Classifiers: argmax of each row of `test`. */
  testClasses?: number[];
}

export type RunStatus = 'completed' | 'stopped' | 'diverged';

// page -> worker

export interface TrainMessage {
  type: 'train';
  runId: number;
  settings: TrainSettings;
}
export interface StopMessage {
  type: 'stop';
  runId: number;
}
export interface DisposeMessage {
  type: 'dispose';
}
export interface MemoryRequest {
  type: 'memory';
}
export type PageMessage = TrainMessage | StopMessage | DisposeMessage | MemoryRequest;

// worker -> page

export interface ReadyMessage {
  type: 'ready';
  backend: BackendName;
}
export interface DataMessage {
  type: 'data';
  runId: number;
  kind: 'classification' | 'regression';
  /** Rows of features (one value per row for the regression). */
  xTrain: number[][];
  yTrain: number[];
  xTest: number[][];
  yTest: number[];
}
export interface EpochMessage {
  type: 'epoch';
  runId: number;
  event: EpochEvent;
  /** Fraction of the run done, 0..1. */
  progress: number;
  predictions?: LivePredictions;
}
export interface ProgressMessage {
  type: 'progress';
  runId: number;
  /** 1-based epoch in progress. */
  epoch: number;
  /** Steps done in that epoch. */
  step: number;
  stepsPerEpoch: number;
}
export interface DoneMessage {
  type: 'done';
  runId: number;
  status: RunStatus;
  /** Why a run stopped early, in words for the reader. */
  reason?: string;
  epochsRun: number;
  backend: BackendName;
  /** Test-set metrics of the final model; absent when the weights are not finite. */
  test?: { loss: number; accuracy?: number };
  weights?: DenseWeights;
  predictions?: FinalPredictions;
  history: EpochMetrics[];
  /** Milliseconds spent in the training loop, and for the whole request including data. */
  trainMs: number;
  totalMs: number;
}
export interface ErrorMessage {
  type: 'error';
  runId?: number;
  message: string;
}
export interface MemoryMessage {
  type: 'memory';
  numTensors: number;
  numBytes: number;
  /** True while a run holds its model and data. */
  running: boolean;
}
export type WorkerMessage = ReadyMessage | DataMessage | EpochMessage | ProgressMessage | DoneMessage | ErrorMessage | MemoryMessage;

/** At most one `progress` event per this many milliseconds (about 20 a second). */
export const PROGRESS_INTERVAL_MS = 50;
