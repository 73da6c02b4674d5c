import type { ExperimentConfig, ExperimentId } from '../experiments/ExperimentConfig';
import { experimentById } from '../experiments/registry';
import { withOverrides } from '../experiments/withOverrides';
import type { DemoSettings } from './demoKnobs';
import { trainSettingsFor } from './trainSettingsFor';

/**
 * The experiment exactly as a demo's knobs would run it: its config with the reader's data,
 * model and training settings applied, and the initial-weight seed the worker would use.
 */
export function settingsConfig(id: ExperimentId, settings: DemoSettings): ExperimentConfig {
  const t = trainSettingsFor(id, settings);
  return withOverrides(experimentById(id), {
    ...(t.data ? { data: t.data } : {}),
    ...(t.model ? { model: t.model } : {}),
    epochs: t.epochs,
    batchSize: t.batchSize,
    learningRate: t.learningRate,
    seed: t.seed,
    initSeed: t.initSeed ?? t.seed,
  });
}
