import type { RunOverrides } from '../experiments/withOverrides';
import type { TrainSettings } from './protocol';

/**
 * What a training message changes about its experiment, as runExperiment takes it: the data (or
 * a reader's own points), the hidden layer, the training settings, and the initial weights'
 * seed, which is the training seed unless the message names another.
 */
export function runOverrides(settings: TrainSettings): RunOverrides {
  return {
    ...(settings.data ? { data: settings.data } : {}),
    ...(settings.points ? { points: settings.points } : {}),
    ...(settings.model ? { model: settings.model } : {}),
    epochs: settings.epochs,
    batchSize: settings.batchSize,
    learningRate: settings.learningRate,
    seed: settings.seed,
    initSeed: settings.initSeed ?? settings.seed,
  };
}
