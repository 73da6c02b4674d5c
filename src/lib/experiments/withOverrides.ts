import { REGRESSION_TARGETS } from '../data/regressionTarget';
import type { BlobsDataParams, DataParams, ModelParams, RegressionDataParams, TwoClassDataParams } from '../training/protocol';
import { activationChoices } from './activationChoices';
import type { ExperimentConfig, ModelConfig } from './ExperimentConfig';
import type { Points } from '../points/pointsProblem';

/** What a reader (or a script) may change about an experiment before running it. */
export interface RunOverrides {
  /** Data parameters; missing fields keep the experiment's. */
  data?: DataParams;
  /** A classifier's own points instead of generated data (see pointsData); `data` is then unused. */
  points?: Points;
  /** Hidden units and activation, for models whose config offers them. */
  model?: ModelParams;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  /** Seed of the per-epoch shuffle. */
  seed?: number;
  /** Seed of the initial weights. */
  initSeed?: number;
}

const BLOBS_FIELDS = ['nSamples', 'centers', 'clusterStd', 'randomState', 'testSize', 'splitSeed'] as const;
const TWO_CLASS_FIELDS = ['nSamples', 'noise', 'randomState', 'testSize', 'splitSeed'] as const;
const REGRESSION_FIELDS = ['n', 'noise', 'seed', 'testSize', 'splitSeed'] as const;
const TRAINING_FIELDS = ['epochs', 'batchSize', 'learningRate', 'seed'] as const;

/**
 * `config` with the overrides applied. Only known fields are taken, so a stray property in a
 * message cannot reach the data code; a classifier gets one output per blob when the number
 * of centres changes. Choices (a regression's target, an activation) come as indices into
 * their lists and are ignored when out of range (settingsProblem refuses them first).
 */
export function withOverrides(config: ExperimentConfig, overrides: RunOverrides = {}): ExperimentConfig {
  const training = { ...config.training, ...pick(overrides, TRAINING_FIELDS) };
  const initSeed = overrides.initSeed;
  const seeded = (m: ModelConfig): ModelConfig => (initSeed !== undefined ? { ...m, seed: initSeed } : m);
  const d = config.data;
  if (d.kind === 'blobs') {
    const data = { ...d, ...pick((overrides.data ?? {}) as BlobsDataParams, BLOBS_FIELDS) };
    const model = config.model.builder === 'regressor' ? config.model : { ...seeded(config.model), classes: data.centers };
    return { ...config, data, model, training };
  }
  const model = seeded(withModelParams(config.model, overrides.model ?? {}));
  if (d.kind === 'regression') {
    const params = (overrides.data ?? {}) as RegressionDataParams;
    const target = d.target !== undefined && params.target !== undefined ? REGRESSION_TARGETS[params.target] : undefined;
    const data = { ...d, ...pick(params, REGRESSION_FIELDS), ...(target !== undefined ? { target } : {}) };
    return { ...config, data, model, training };
  }
  const data = { ...d, ...pick((overrides.data ?? {}) as TwoClassDataParams, TWO_CLASS_FIELDS) };
  return { ...config, data, model, training };
}

function withModelParams(m: ModelConfig, p: ModelParams): ModelConfig {
  const choices = activationChoices(m);
  if (choices.length === 0) return m;
  const activation = p.activation !== undefined ? choices[p.activation] : undefined;
  if (m.builder === 'hiddenLayerClassifier') {
    return {
      ...m,
      ...(p.hidden !== undefined ? { hidden: p.hidden } : {}),
      ...(activation !== undefined ? { activation: activation as typeof m.activation } : {}),
    };
  }
  if (m.builder !== 'regressor') return m;
  return {
    ...m,
    ...(p.hidden !== undefined ? { hidden: p.hidden === 0 ? [] : [p.hidden] } : {}),
    ...(activation !== undefined ? { hiddenActivation: activation as NonNullable<typeof m.hiddenActivation> } : {}),
  };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) {
    if (Object.hasOwn(o, k) && o[k] !== undefined) out[k] = o[k];
  }
  return out;
}
