import type { BlobsDataParams, DataParams, RegressionDataParams } from '../training/protocol';
import type { ExperimentConfig } from './ExperimentConfig';
import type { Points } from '../points/pointsProblem';

/** What a reader (or a script) may change about an experiment before running it. */
export interface RunOverrides {
  /** Data parameters; missing fields keep the experiment's. */
  data?: DataParams;
  /** A classifier's own points instead of generated data (see pointsData); `data` is then unused. */
  points?: Points;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  /** Seed of the per-epoch shuffle. */
  seed?: number;
  /** Seed of the initial weights. */
  initSeed?: number;
}

const BLOBS_FIELDS = ['nSamples', 'centers', 'clusterStd', 'randomState', 'testSize', 'splitSeed'] as const;
const REGRESSION_FIELDS = ['n', 'noise', 'seed', 'testSize', 'splitSeed'] as const;
const TRAINING_FIELDS = ['epochs', 'batchSize', 'learningRate', 'seed'] as const;

/**
 * `config` with the overrides applied. Only known fields are taken, so a stray property in a
 * message cannot reach the data code; a classifier gets one output per blob when the number
 * of centres changes.
 */
export function withOverrides(config: ExperimentConfig, overrides: RunOverrides = {}): ExperimentConfig {
  const training = { ...config.training, ...pick(overrides, TRAINING_FIELDS) };
  const initSeed = overrides.initSeed;
  if (config.data.kind === 'blobs') {
    const data = { ...config.data, ...pick((overrides.data ?? {}) as BlobsDataParams, BLOBS_FIELDS) };
    const model =
      config.model.builder === 'regressor'
        ? config.model
        : { ...config.model, classes: data.centers, ...(initSeed !== undefined ? { seed: initSeed } : {}) };
    return { ...config, data, model, training };
  }
  const data = { ...config.data, ...pick((overrides.data ?? {}) as RegressionDataParams, REGRESSION_FIELDS) };
  const model = initSeed !== undefined ? { ...config.model, seed: initSeed } : config.model;
  return { ...config, data, model, training };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) {
    if (Object.hasOwn(o, k) && o[k] !== undefined) out[k] = o[k];
  }
  return out;
}
