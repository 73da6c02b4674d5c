import type { ExperimentConfig, ExperimentId } from '../experiments/ExperimentConfig';
import { experimentById } from '../experiments/registry';
import { withOverrides } from '../experiments/withOverrides';
import { runOverrides } from '../training/runOverrides';
import type { DemoSettings } from './demoKnobs';
import { trainSettingsFor } from './trainSettingsFor';

/**
 * The experiment exactly as a demo's knobs would run it: its config with the reader's data,
 * model and training settings applied, and the initial-weight seed the worker would use.
 */
export function settingsConfig(id: ExperimentId, settings: DemoSettings): ExperimentConfig {
  return withOverrides(experimentById(id), runOverrides(trainSettingsFor(id, settings)));
}
