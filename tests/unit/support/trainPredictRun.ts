import { expect } from 'vitest';
import { createTrainerHost } from '../../../src/client/training/trainerHost';
import { predictOutcome, type PredictOutcome } from '../../../src/lib/exercises/predictOutcome';
import type { PredictRun } from '../../../src/lib/exercises/predictRun';
import type { DoneMessage, RunStatus, TrainSettings } from '../../../src/lib/training/protocol';

/** Trains `settings` in Node through the host the demos' worker runs, to its done message. */
export function trainInNode(settings: TrainSettings): Promise<DoneMessage> {
  return new Promise((resolve, reject) => {
    const host = createTrainerHost((m) => {
      if (m.type === 'done') resolve(m);
      if (m.type === 'error') reject(new Error(m.message));
    });
    void host.handle({ type: 'train', runId: 1, settings });
  });
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
