/**
 * The heavy half of a predict exercise, imported on first use: it trains through the page's one
 * training session (the demos' worker, which loads TF.js on its first run), names the option the
 * run lands in and says it beside the guess. A run of a demo is never stopped from here: a
 * predict run starts only when the session is free, and Stop stops only a predict run.
 */
import { predictOutcome, type PredictMetric, type PredictOption, type PredictOutcome } from '../../lib/exercises/predictOutcome';
import { predictReport } from '../../lib/exercises/predictReport';
import type { MemoryMessage, TrainSettings } from '../../lib/training/protocol';
import { loadedTrainingSession, trainingSession } from '../demo/pageSession';
import type { PredictExercise } from './predict';

let ours = false;

const optionsOf = (el: PredictExercise) => JSON.parse(el.dataset.options ?? '[]') as PredictOption[];

export async function run(el: PredictExercise): Promise<void> {
  if (el.running) return;
  const guess = el.inputs.findIndex((input) => input.checked);
  if (guess < 0) {
    el.say('Pick your guess first, then run it.', 'unreadable');
    return;
  }
  el.running = true;
  el.stopRequested = false;
  sync(el);
  el.clearNotes('run');
  el.say('Training… The first run of the page loads TensorFlow.js, which takes a moment.');
  const bar = progressBar(el);
  try {
    const session = await trainingSession();
    if (el.stopRequested) return stopped(el, 0);
    if (session.running) {
      el.say('A demo on this page is training. Wait for it to finish, or stop it, then run this again.', 'unreadable');
      return;
    }
    ours = true;
    const settings = JSON.parse(el.dataset.settings ?? '{}') as TrainSettings;
    const outcome = await session.start(settings, {
      onProgress: (m) => (bar.value = (m.epoch - 1 + m.step / m.stepsPerEpoch) / settings.epochs),
    });
    if (outcome.type === 'busy') el.say('A demo on this page is training. Wait for it to finish, or stop it, then run this again.', 'unreadable');
    else if (outcome.type === 'cancelled') stopped(el, 0);
    else if (outcome.type === 'error') el.say(`The run failed: ${outcome.message}`, 'wrong');
    else if (outcome.status === 'stopped') stopped(el, outcome.epochsRun);
    else {
      bar.value = 1;
      const result = predictOutcome(outcome, el.dataset.metric as PredictMetric, optionsOf(el));
      show(el, result, guess, '', outcome.reason);
      el.save({ done: true, answer: String(guess), result: JSON.stringify(result) });
    }
  } finally {
    ours = false;
    el.running = false;
    sync(el);
  }
}

export function stop(el: PredictExercise): void {
  if (!el.running) return;
  el.stopRequested = true;
  if (ours) loadedTrainingSession()?.stop();
  el.say('Stopping…');
}

/** Shows a saved run again. */
export function restore(el: PredictExercise, guess: number, saved: string): void {
  const { index, value } = JSON.parse(saved) as PredictOutcome;
  show(el, { index, value }, guess, 'Done. ');
}

/** Tensors the trainer holds, for leak tests. */
export async function predictMemory(): Promise<MemoryMessage> {
  return (await trainingSession()).memory();
}

function stopped(el: PredictExercise, epochs: number): void {
  el.say(`Stopped after ${epochs} of the run’s epochs, so there is no result to compare. Run it again to see where it lands.`, 'unreadable');
}

function show(el: PredictExercise, outcome: PredictOutcome, guess: number, lead: string, reason = ''): void {
  const options = optionsOf(el);
  const report = predictReport(outcome, guess, options.map((o) => o.label), el.dataset.metric as PredictMetric, el.dataset.metricName ?? 'result');
  el.say(`${lead}${report}${reason ? ` ${reason}` : ''} The explanation is below.`, outcome.index === guess ? 'right' : 'info');
  options.forEach((_, i) => {
    const marks = [i === guess ? 'your guess' : '', i === outcome.index ? 'where the run landed' : ''].filter(Boolean);
    if (marks.length) el.note(i, 'run', `← ${marks.join(' and ')}`);
  });
}

function progressBar(el: PredictExercise): HTMLProgressElement {
  let bar = el.querySelector('progress');
  if (!bar) {
    bar = document.createElement('progress');
    bar.max = 1;
    bar.setAttribute('aria-label', 'Training progress');
    el.control('[data-stop]').after(' ', bar);
  }
  bar.value = 0;
  return bar;
}

/** Run it while idle, Stop while running; focus follows the button that now does something. */
function sync(el: PredictExercise): void {
  const runButton = el.control('[data-run]');
  const stopButton = el.control('[data-stop]');
  const focused = document.activeElement;
  runButton.disabled = el.running;
  stopButton.disabled = !el.running;
  if (focused === runButton && el.running) stopButton.focus();
  else if (focused === stopButton && !el.running) runButton.focus();
}
