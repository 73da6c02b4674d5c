/**
 * Which of a predict exercise's options a finished run landed in. An option is a range of the
 * measured metric, [min, max) with either end open, or the run diverging (its loss no longer a
 * finite number).
 */
export interface PredictOption {
  label: string;
  min?: number;
  max?: number;
  diverged?: boolean;
}

export type PredictMetric = 'accuracy' | 'loss';

/** The part of a finished run the outcome needs (a DoneMessage has it). */
export interface RunResult {
  status: string;
  test?: { loss: number; accuracy?: number };
}

export interface PredictOutcome {
  /** Index of the option the run landed in; -1 when none covers it. */
  index: number;
  /** The measured value; undefined when the run diverged. */
  value?: number;
}

export function predictOutcome(run: RunResult, metric: PredictMetric, options: readonly PredictOption[]): PredictOutcome {
  const raw = metric === 'accuracy' ? run.test?.accuracy : run.test?.loss;
  const diverged = run.status === 'diverged' || raw === undefined || !Number.isFinite(raw) || !Number.isFinite(run.test?.loss ?? NaN);
  if (diverged) return { index: options.findIndex((o) => o.diverged === true) };
  const value = raw as number;
  const index = options.findIndex((o) => !o.diverged && (o.min === undefined || value >= o.min) && (o.max === undefined || value < o.max));
  return { index, value };
}
