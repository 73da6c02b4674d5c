/**
 * The sentence the trainer's status line says when a run ends: how it ended, its test figures
 * beside the lesson's, and for a diverged run what to try. Pure, so it is tested in Node.
 */
import type { ExperimentConfig } from '../experiments/ExperimentConfig';
import { spreadAdvice } from '../model/overshootAdvice';

export interface RunEnd {
  status: 'completed' | 'stopped' | 'diverged';
  reason?: string;
  epochsRun: number;
  test?: { loss: number; accuracy?: number };
  trainMs: number;
}

/** Four significant decimals: enough to compare with the lesson's 0.9225 and 0.1815. */
export function formatMetric(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 0.001 || v === 0 ? v.toFixed(4) : v.toPrecision(3);
}

/**
 * `settings` are the run's own (the reader's) where they differ from the lesson: a diverged run's
 * advice then speaks of the data's spread as well as the training settings.
 */
export function runSummary(end: RunEnd, config: ExperimentConfig, epochs: number, settings: { spread?: number } = {}): string {
  const lesson = config.lesson;
  const regression = config.training.loss === 'meanSquaredError';
  const figures = (t: { loss: number; accuracy?: number }) => {
    if (regression) {
      const floor = config.data.kind === 'regression' ? config.data.noise ** 2 : undefined;
      const notes = [...(lesson ? [`lesson ${formatMetric(lesson.loss)}`] : []), ...(floor !== undefined ? [`noise floor ${formatMetric(floor)}`] : [])];
      return `test MSE ${formatMetric(t.loss)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    }
    const ofLesson = (v: number | undefined) => (v !== undefined ? ` (lesson ${formatMetric(v)})` : '');
    const acc = t.accuracy !== undefined ? `test accuracy ${formatMetric(t.accuracy)}${ofLesson(lesson?.accuracy)}, ` : '';
    return `${acc}test loss ${formatMetric(t.loss)}${ofLesson(lesson?.loss)}`;
  };
  const seconds = (end.trainMs / 1000).toFixed(1);
  if (end.status === 'diverged') {
    const why = end.reason ?? 'the loss stopped being a finite number.';
    const spread = spreadAdvice(settings.spread);
    return `Training stopped because it diverged. ${why}${spread ? ` ${spread}` : ''} Press Reset to go back to the lesson's settings.`;
  }
  if (end.status === 'stopped') {
    return `Stopped after ${end.epochsRun} of ${epochs} epochs.` + (end.test ? ` The model as it was then: ${figures(end.test)}.` : '');
  }
  return `Done: ${end.epochsRun} epochs in ${seconds} s.` + (end.test ? ` ${capitalise(figures(end.test))}.` : '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
