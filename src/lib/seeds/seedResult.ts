import { runExperiment } from '../experiments/runExperiment';
import type { ExperimentConfig } from '../experiments/ExperimentConfig';
import { withSeed } from './withSeed';

/** One seeded run's test figures. */
export interface SeedResult {
  seed: number;
  loss: number;
  accuracy: number;
}

/** Trains `config` with `seed` (see withSeed) and returns its test loss and accuracy. */
export async function seedResult(config: ExperimentConfig, seed: number): Promise<SeedResult> {
  const run = await runExperiment(withSeed(config, seed));
  if (!run.result || run.result.accuracy === undefined) {
    throw new Error(`${config.id} with seed ${seed} gave no test accuracy: ${run.training.reason ?? 'not a classifier'}`);
  }
  return { seed, loss: run.result.loss, accuracy: run.result.accuracy };
}
