/**
 * The knobs of each experiment's demos: what a reader may change, within which range, and the
 * lesson's value as the default. The names are the keys in the settings object and in the URL
 * (`?blobs4.learningRate=0.1`), so a link and a control go through the same parseKnob check.
 *
 * Ranges stop where a value would make the page slow or meaningless, not where training gets
 * hard: a learning rate of 100 is allowed on purpose, so a reader can watch a run diverge.
 */
// The registry, not the experiments index, which would pull TF.js into every page's script.
import { REGRESSION_TARGETS } from '../data/regressionTarget';
import { activationChoices } from '../experiments/activationChoices';
import type { ExperimentConfig, ExperimentId } from '../experiments/ExperimentConfig';
import { experimentById } from '../experiments/registry';
import type { KnobSpec } from './parseKnob';

export type TrainingKnob = 'learningRate' | 'batchSize' | 'epochs' | 'seed';
export type BlobsKnob = 'samples' | 'centers' | 'spread' | 'dataSeed';
export type RegressionKnob = 'points' | 'noise' | 'dataSeed' | 'target';
/** Knobs of a hidden-layer model: units (0 for none) and the activation, an index into its choices. */
export type ModelKnob = 'hiddenUnits' | 'activation';
export type KnobName = TrainingKnob | BlobsKnob | RegressionKnob | ModelKnob;

/** Every knob of one experiment, by name; the store always holds a valid value for each. */
export type DemoSettings = Partial<Record<KnobName, number>> & Record<TrainingKnob | 'dataSeed', number>;

const SEED_MAX = 2 ** 32 - 1;
/** More hidden units than this only slow the page down on these two-feature datasets. */
export const HIDDEN_UNITS_MAX = 64;

function trainingKnobs(c: ExperimentConfig): KnobSpec<KnobName>[] {
  return [
    { name: 'learningRate', label: 'Learning rate', kind: 'number', min: 0, minExclusive: true, max: 1000, default: c.training.learningRate },
    { name: 'batchSize', label: 'Batch size', kind: 'integer', min: 1, max: 4096, default: c.training.batchSize },
    { name: 'epochs', label: 'Epochs', kind: 'integer', min: 1, max: 500, default: c.training.epochs },
    { name: 'seed', label: 'Training seed', kind: 'integer', min: 0, max: SEED_MAX, default: c.training.seed },
  ];
}

function dataKnobs(c: ExperimentConfig): KnobSpec<KnobName>[] {
  const d = c.data;
  if (d.kind === 'blobs') {
    return [
      { name: 'samples', label: 'Samples', kind: 'integer', min: 20, max: 10_000, default: d.nSamples },
      // Seven classes is where the colour-blind-safe palette runs out.
      { name: 'centers', label: 'Centres', kind: 'integer', min: 2, max: 7, default: d.centers },
      { name: 'spread', label: 'Spread', kind: 'number', min: 0, minExclusive: true, max: 20, default: d.clusterStd },
      { name: 'dataSeed', label: 'Data seed', kind: 'integer', min: 0, max: SEED_MAX, default: d.randomState },
    ];
  }
  if (d.kind !== 'regression') {
    return [
      { name: 'samples', label: 'Samples', kind: 'integer', min: 20, max: 10_000, default: d.nSamples },
      { name: 'noise', label: 'Noise', kind: 'number', min: 0, max: 2, default: d.noise },
      { name: 'dataSeed', label: 'Data seed', kind: 'integer', min: 0, max: SEED_MAX, default: d.randomState },
    ];
  }
  const target: KnobSpec<KnobName>[] =
    d.target === undefined
      ? []
      : [{ name: 'target', label: 'Target curve', kind: 'choice', options: REGRESSION_TARGETS, min: 0, max: REGRESSION_TARGETS.length - 1, default: REGRESSION_TARGETS.indexOf(d.target) }];
  return [
    ...target,
    { name: 'points', label: 'Points', kind: 'integer', min: 20, max: 10_000, default: d.n },
    { name: 'noise', label: 'Noise', kind: 'number', min: 0, max: 5, default: d.noise },
    { name: 'dataSeed', label: 'Data seed', kind: 'integer', min: 0, max: SEED_MAX, default: d.seed },
  ];
}

/** The hidden layer's knobs, for models whose config offers them (see activationChoices). */
function modelKnobs(c: ExperimentConfig): KnobSpec<KnobName>[] {
  const m = c.model;
  const options = activationChoices(m);
  if (options.length === 0) return [];
  const units = m.builder === 'hiddenLayerClassifier' ? m.hidden : m.builder === 'regressor' ? (m.hidden[0] ?? 0) : 0;
  const activation = m.builder === 'hiddenLayerClassifier' ? m.activation : m.builder === 'regressor' ? m.hiddenActivation : undefined;
  return [
    { name: 'hiddenUnits', label: 'Hidden units', kind: 'integer', min: 0, max: HIDDEN_UNITS_MAX, default: units },
    { name: 'activation', label: 'Activation', kind: 'choice', options, min: 0, max: options.length - 1, default: Math.max(0, options.indexOf(activation ?? '')) },
  ];
}

/** All knobs of an experiment: data knobs first, then the model's (if any), then training knobs. */
export function demoKnobs(id: ExperimentId): KnobSpec<KnobName>[] {
  const c = experimentById(id);
  return [...dataKnobs(c), ...modelKnobs(c), ...trainingKnobs(c)];
}

/** Names of the knobs that change the dataset (changing one invalidates a trained model). */
export const DATA_KNOBS: readonly KnobName[] = ['samples', 'centers', 'spread', 'dataSeed', 'points', 'noise', 'target'];

export function isDataKnob(name: string): boolean {
  return (DATA_KNOBS as readonly string[]).includes(name);
}
