import type { TrainSettings } from '../training/protocol';
import type { PredictMetric, PredictOption } from './predictOutcome';

/** What a predict exercise hands its <Predict> component: the run, what it measures, the options. */
export interface PredictRun {
  settings: TrainSettings;
  metric: PredictMetric;
  options: PredictOption[];
  /** The option the seeded run lands in (pinned by a unit test that trains it). */
  expected: number;
}

/**
 * A predict exercise's run, its metric and options, and the option the seeded run lands in,
 * refused when `expected` names none of the options.
 */
export function predictRun(settings: TrainSettings, metric: PredictMetric, expected: number, options: PredictOption[]): PredictRun {
  if (!Number.isInteger(expected) || expected < 0 || expected >= options.length) {
    throw new RangeError(`The expected option must be one of the ${options.length} options; got ${expected}.`);
  }
  return { settings, metric, options, expected };
}
