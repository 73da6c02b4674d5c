// The registry, not the experiments index: the index also exports runExperiment, which would
// pull TF.js into any page that only wants the lesson's settings.
import type { ExperimentConfig } from '../experiments/ExperimentConfig';
import { experimentById } from '../experiments/registry';
import { withOverrides } from '../experiments/withOverrides';
import type { DataParams, ExperimentId, TrainSettings } from './protocol';

/** The lesson's experiment with a reader's data overrides (see withOverrides). */
export function experimentConfig(id: ExperimentId, overrides: DataParams = {}): ExperimentConfig {
  return withOverrides(experimentById(id), { data: overrides });
}

/** The lesson's training settings for an experiment: what a demo starts from and resets to. */
export function lessonSettings(id: ExperimentId): TrainSettings {
  const config = experimentById(id);
  const { epochs, batchSize, learningRate, seed } = config.training;
  const initSeed = config.model.seed;
  return { experiment: id, epochs, batchSize, learningRate, seed, ...(initSeed !== seed ? { initSeed } : {}) };
}
