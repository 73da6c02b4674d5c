// The registry, not the experiments index: the index also exports runExperiment, which would
// pull TF.js into any page that only wants the lesson's settings.
import type { ExperimentConfig } from '../experiments/ExperimentConfig';
import { experimentById } from '../experiments/registry';
import type { BlobsDataParams, DataParams, ExperimentId, RegressionDataParams, TrainSettings } from './protocol';

/**
 * The lesson's experiment with a reader's data overrides. Only known fields are taken, so a
 * stray property in a message cannot reach the data code; the classifier gets one output per
 * blob when the number of centres changes.
 */
export function experimentConfig(id: ExperimentId, overrides: DataParams = {}): ExperimentConfig {
  const base = experimentById(id);
  if (base.data.kind === 'blobs') {
    const o = overrides as BlobsDataParams;
    const data = {
      ...base.data,
      ...pick(o, ['nSamples', 'centers', 'clusterStd', 'randomState', 'testSize', 'splitSeed']),
    };
    const model = base.model.builder === 'regressor' ? base.model : { ...base.model, classes: data.centers };
    return { ...base, data, model };
  }
  const o = overrides as RegressionDataParams;
  return { ...base, data: { ...base.data, ...pick(o, ['n', 'noise', 'seed', 'testSize', 'splitSeed']) } };
}

/** The lesson's training settings for an experiment: what a demo starts from and resets to. */
export function lessonSettings(id: ExperimentId): TrainSettings {
  const config = experimentById(id);
  const { epochs, batchSize, learningRate, seed } = config.training;
  const initSeed = config.model.seed;
  return { experiment: id, epochs, batchSize, learningRate, seed, ...(initSeed !== seed ? { initSeed } : {}) };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) {
    if (Object.hasOwn(o, k) && o[k] !== undefined) out[k] = o[k];
  }
  return out;
}
