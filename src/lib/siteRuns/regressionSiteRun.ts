/**
 * The site's own regression run, made once per build in Node: the static fit figure draws its
 * curve and the page's prose quotes its numbers, so neither is typed by hand. The run is seeded
 * (data, split, initial weights, shuffle) and takes well under a second on the CPU backend, so
 * every build and every visitor's default run in the browser give the same figures.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { linspace } from '../data/linspace';
import { runExperiment, type ExperimentConfig, type ExperimentId } from '../experiments';
import { CURVE_POINTS, defaultExperimentFor, experimentById } from '../experiments/registry';
import { disposeModel } from '../model/disposeModel';
import { predict } from '../model/predict';

export interface RegressionSiteRun {
  config: ExperimentConfig;
  status: 'completed' | 'aborted' | 'diverged';
  epochs: number;
  /** Training and test MSE after the last epoch (the test set is the run's validation set). */
  trainMse: number;
  testMse: number;
  /** The single unit's weight and bias: the true curve has w = −1, b = 0. */
  w: number;
  b: number;
  /** The model's prediction over evenly spaced x, as the live demo samples it. */
  curve: { x: number[]; y: number[] };
  /** Per-epoch MSE, for the loss curves. */
  history: { epoch: number; loss: number; valLoss?: number }[];
  seconds: number;
}

/** Points of the curve: the same as the training worker draws live. */
export { CURVE_POINTS };

const cached = new Map<string, Promise<RegressionSiteRun>>();

/**
 * The lesson's regression as configured in src/lib/experiments, memoised for the build. A
 * `seed` replaces both the initial-weight and the shuffle seed, as the demo's training seed
 * does when a reader changes it.
 */
export function regressionSiteRun(
  seed?: number,
  id: ExperimentId = defaultExperimentFor('regressionFit'),
): Promise<RegressionSiteRun> {
  const regression = experimentById(id);
  const key = `${id}:${seed ?? ''}`;
  let p = cached.get(key);
  if (!p) {
    const config: ExperimentConfig =
      seed === undefined
        ? regression
        : { ...regression, model: { ...regression.model, seed }, training: { ...regression.training, seed } };
    p = run(config);
    cached.set(key, p);
  }
  return p;
}

async function run(config: ExperimentConfig): Promise<RegressionSiteRun> {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
  const result = await runExperiment(config, { keepModel: true });
  const model = result.model!;
  try {
    const all = [...result.data.XTrain, ...result.data.XTest].map((r) => r[0]);
    const x = linspace(Math.min(...all), Math.max(...all), CURVE_POINTS);
    const y = (await predict(model, x.map((v) => [v]))).map((r) => r[0]);
    const history = result.training.history.map(({ epoch, loss, valLoss }) => ({ epoch, loss, ...(valLoss !== undefined ? { valLoss } : {}) }));
    const last = history[history.length - 1];
    return {
      config,
      status: result.training.status,
      epochs: history.length,
      trainMse: last?.loss ?? NaN,
      testMse: result.result?.loss ?? NaN,
      w: result.weights.kernel[0][0],
      b: result.weights.bias[0],
      curve: { x, y },
      history,
      seconds: result.seconds,
    };
  } finally {
    disposeModel(model);
  }
}
