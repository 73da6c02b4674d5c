import type { ExperimentConfig } from '../experiments/ExperimentConfig';

/**
 * `config` with one seed for the initial weights and the per-epoch shuffle, as the demos'
 * "Training seed" field sets it: typing that seed into the trainer repeats this run.
 */
export function withSeed(config: ExperimentConfig, seed: number): ExperimentConfig {
  return { ...config, model: { ...config.model, seed }, training: { ...config.training, seed } };
}
