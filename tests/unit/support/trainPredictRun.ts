import { expect } from 'vitest';
import { predictOutcome, type PredictOutcome } from '../../../src/lib/exercises/predictOutcome';
import type { PredictRun } from '../../../src/lib/exercises/predictRun';
import type { DoneMessage, RunStatus, TrainSettings } from '../../../src/lib/training/protocol';
import { hostHarness } from './hostHarness';

/** Trains `settings` in Node through the host the demos' worker runs, to its done message. */
export async function trainInNode(settings: TrainSettings): Promise<DoneMessage> {
  const { until, send } = hostHarness();
  send({ type: 'train', runId: 1, settings });
  const end = await until((m) => m.type === 'done' || m.type === 'error');
  if (end.type === 'error') throw new Error(end.message);
  return end as DoneMessage;
}

/**
 * Trains a predict exercise's run and checks that it ends as `status` in the option the page
 * names as the one it lands in; gives the run's done message and its outcome.
 */
export async function trainPredictRun(run: PredictRun, status: RunStatus = 'completed'): Promise<{ done: DoneMessage; outcome: PredictOutcome }> {
  const done = await trainInNode(run.settings);
  expect(done.status).toBe(status);
  const outcome = predictOutcome(done, run.metric, run.options);
  expect(outcome.index).toBe(run.expected);
  return { done, outcome };
}
