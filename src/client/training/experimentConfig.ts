// The configs are imported file by file: the experiments index also exports runExperiment, which
// would pull TF.js into any page that only wants the lesson's settings.
import { blobs2 } from '../../lib/experiments/blobs2';
import { blobs4 } from '../../lib/experiments/blobs4';
import type { ExperimentConfig } from '../../lib/experiments/ExperimentConfig';
import { regression } from '../../lib/experiments/regression';
import type { BlobsDataParams, DataParams, ExperimentId, RegressionDataParams, TrainSettings } from './protocol';

const LESSON: Record<ExperimentId, ExperimentConfig> = { blobs4, blobs2, regression };

/**
 * The lesson's experiment with a reader's data overrides. Only known fields are taken, so a
 * stray property in a message cannot reach the data code; the classifier gets one output per
 * blob when the number of centres changes.
 */
export function experimentConfig(id: ExperimentId, overrides: DataParams = {}): ExperimentConfig {
  const base = LESSON[id];
  if (!base) throw new RangeError(`Unknown experiment ${String(id)}.`);
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
  const { epochs, batchSize, learningRate, seed } = LESSON[id].training;
  const initSeed = LESSON[id].model.seed;
  return { experiment: id, epochs, batchSize, learningRate, seed, ...(initSeed !== seed ? { initSeed } : {}) };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) {
    if (Object.hasOwn(o, k) && o[k] !== undefined) out[k] = o[k];
  }
  return out;
}
