import { REGRESSION_TARGETS } from '../data/regressionTarget';
import { activationChoices } from '../experiments/activationChoices';
import { experimentById, isExperimentId } from '../experiments/registry';
import { HIDDEN_UNITS_MAX } from '../knobs/demoKnobs';
import { pointsProblem } from '../points/pointsProblem';
import type { TrainSettings } from './protocol';

const DATA_CAPS: Record<string, number> = { nSamples: 200_000, n: 200_000, centers: 100 };

/** Why `s` cannot be trained, or undefined; the text reaches the page as the run's error. */
export function settingsProblem(s: TrainSettings): string | undefined {
  if (!isExperimentId(s.experiment)) return `Unknown experiment ${String(s.experiment)}.`;
  if (s.points !== undefined) {
    if (experimentById(s.experiment).kind !== 'classification') return `The ${s.experiment} experiment takes no points of its own.`;
    const problem = pointsProblem(s.points);
    if (problem) return problem;
  }
  for (const [key, value] of Object.entries(s.data ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `data.${key} must be a finite number; got ${String(value)}.`;
    // The controls stop far below these; the caps keep a crafted message from exhausting memory.
    const cap = DATA_CAPS[key];
    if (cap !== undefined && Math.abs(value) > cap) return `data.${key} must be at most ${cap}; got ${value}.`;
  }
  const choice = choiceProblem(s);
  if (choice) return choice;
  if (s.epochs > 10_000) return `epochs must be at most 10000; got ${s.epochs}.`;
  if (s.grid && !(Number.isInteger(s.grid.n) && s.grid.n >= 2 && s.grid.n <= 400 && s.grid.extent > 0)) {
    return 'grid must have n between 2 and 400 and a positive extent.';
  }
  for (const name of ['epochs', 'batchSize'] as const) {
    if (!Number.isInteger(s[name]) || s[name] < 1) return `${name} must be a whole number of at least 1; got ${s[name]}.`;
  }
  if (!Number.isInteger(s.seed)) return `seed must be a whole number; got ${s.seed}.`;
  if (s.initSeed !== undefined && !Number.isInteger(s.initSeed)) return `initSeed must be a whole number; got ${s.initSeed}.`;
  if (!(Number.isFinite(s.learningRate) && s.learningRate > 0)) {
    return `learningRate must be a positive number; got ${s.learningRate}.`;
  }
  return undefined;
}

/** Problems with the settings that pick from a list or size the hidden layer. */
function choiceProblem(s: TrainSettings): string | undefined {
  const target = (s.data as { target?: unknown } | undefined)?.target;
  if (target !== undefined && !(Number.isInteger(target) && (target as number) >= 0 && (target as number) < REGRESSION_TARGETS.length)) {
    return `data.target must be the index of one of ${REGRESSION_TARGETS.join(', ')}; got ${String(target)}.`;
  }
  if (s.model === undefined) return undefined;
  const choices = activationChoices(experimentById(s.experiment).model);
  if (choices.length === 0) return `The ${s.experiment} experiment has no hidden-layer settings.`;
  const { hidden, activation } = s.model;
  if (hidden !== undefined && !(Number.isInteger(hidden) && hidden >= 0 && hidden <= HIDDEN_UNITS_MAX)) {
    return `model.hidden must be a whole number between 0 and ${HIDDEN_UNITS_MAX}; got ${String(hidden)}.`;
  }
  if (activation !== undefined && !(Number.isInteger(activation) && activation >= 0 && activation < choices.length)) {
    return `model.activation must be the index of one of ${choices.join(', ')}; got ${String(activation)}.`;
  }
  return undefined;
}
