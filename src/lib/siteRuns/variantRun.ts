/**
 * An experiment of the registry trained at build time with some settings changed (a model with
 * fewer hidden units, or none), so that a page can quote what such a run reaches without typing
 * the number. Each variant runs at most once per build.
 */
import '@tensorflow/tfjs-backend-cpu';
import { runExperiment } from '../experiments/runExperiment';
import { experimentById } from '../experiments/registry';
import type { RunOverrides } from '../experiments/withOverrides';
import { memoized } from './memoized';

export interface VariantRun {
  /** Test-set loss (MSE for a regression) and accuracy; absent when the run diverged. */
  test?: { loss: number; accuracy?: number };
  status: 'completed' | 'aborted' | 'diverged';
}

const runOnce = memoized(async (key: string): Promise<VariantRun> => {
  const { id, overrides } = JSON.parse(key) as { id: string; overrides: RunOverrides };
  const r = await runExperiment(experimentById(id), { overrides });
  return { status: r.training.status, ...(r.result ? { test: r.result } : {}) };
});

export function variantRun(id: string, overrides: RunOverrides): Promise<VariantRun> {
  return runOnce(JSON.stringify({ id, overrides }));
}
