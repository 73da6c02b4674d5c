import type { Sequential } from '@tensorflow/tfjs-layers';
import { argMax } from '../math/argMax';
import { disposeModel } from '../model/disposeModel';
import { evaluate } from '../model/evaluate';
import { predict } from '../model/predict';
import { train, type DenseLayerWeights, type EpochEvent, type TrainOptions, type TrainResult } from '../model/train';
import type { LivePredictions } from '../training/protocol';
import { buildExperimentModel } from './buildExperimentModel';
import type { ExperimentConfig } from './ExperimentConfig';
import { experimentData, type ExperimentData } from './experimentData';
import { LiveProbes, type ProbeOptions } from './LiveProbes';
import { pointsData } from './pointsData';
import type { Points } from '../points/pointsProblem';
import { withOverrides, type RunOverrides } from './withOverrides';

export interface RunExperimentOptions extends Pick<TrainOptions, 'signal' | 'onProgress' | 'yieldEvery' | 'yieldMs'> {
  /** Data and training settings that replace the experiment's (a reader's knobs). */
  overrides?: RunOverrides;
  /** Called with the data once it is made, before any tensor exists. */
  onData?: (data: ExperimentData) => void;
  /**
   * Called after every epoch and awaited. With `live`, it also gets the model's predictions on
   * the figures' probes (decision grid or curve) at the end of that epoch.
   */
  onEpoch?: (event: EpochEvent, predictions?: LivePredictions) => void | Promise<void>;
  /**
   * Predict the figures' probes at the end (in `predictions`) and, unless `everyEpoch` is false,
   * after every epoch for onEpoch; as a function, after the epochs for which it returns true
   * (see livePace).
   */
  live?: ProbeOptions & { everyEpoch?: boolean | ((epoch: number) => boolean) };
  /** Keep the trained model in the result (the caller must then dispose it, with disposeModel). */
  keepModel?: boolean;
}

export interface ExperimentRun {
  /** The experiment as it ran, overrides applied. */
  config: ExperimentConfig;
  data: ExperimentData;
  training: TrainResult;
  /** Test-set figures, as Keras' evaluate reports them (absent when training diverged). */
  result?: { loss: number; accuracy?: number };
  /** The first Dense layer's weights after training (Keras' layout), also after a stop. */
  weights: DenseLayerWeights;
  /** The model's outputs on every test point: class probabilities, or [value]. Empty after divergence. */
  testOutputs: number[][];
  /** Predicted class of every test point, or predicted value for the regression. */
  yPred: number[];
  /** The probes' final predictions, when `live` was asked for (absent after divergence). */
  predictions?: LivePredictions;
  /** Wall-clock seconds of the training alone. */
  seconds: number;
  model?: Sequential;
}

/**
 * Builds an experiment's data and model, trains it with the configured hyperparameters and
 * seeds, and evaluates it on the test split: the lesson's five steps in one call. Every tensor
 * it makes is freed before it returns, the model too unless `keepModel` is set.
 */
export async function runExperiment(experiment: ExperimentConfig, options: RunExperimentOptions = {}): Promise<ExperimentRun> {
  const { keepModel = false, overrides, onData, onEpoch, live, ...hooks } = options;
  const { config, data } = dataFor(withOverrides(experiment, overrides), overrides?.points);
  onData?.(data);
  const model = buildExperimentModel(config.model);
  const probes = live ? new LiveProbes(data, live) : undefined;
  const every = live?.everyEpoch;
  const wanted = typeof every === 'function' ? every : () => every !== false;
  try {
    const t0 = performance.now();
    const training = await train(
      model,
      { x: data.XTrain, y: data.yTrainRows, validation: { x: data.XTest, y: data.yTestRows } },
      {
        ...config.training,
        ...hooks,
        ...(onEpoch ? { onEpoch: async (e: EpochEvent) => onEpoch(e, probes && wanted(e.epoch) ? await probes.predict(model) : undefined) } : {}),
      },
    );
    const seconds = (performance.now() - t0) / 1000;
    const run: ExperimentRun = { config, data, training, weights: await firstDenseWeights(model), testOutputs: [], yPred: [], seconds };
    if (training.status !== 'diverged') {
      run.result = await evaluate(model, data.XTest, data.yTestRows, config.training.loss);
      run.testOutputs = await predict(model, data.XTest);
      run.yPred = data.kind === 'regression' ? run.testOutputs.map((r) => r[0]) : run.testOutputs.map(argMax);
      if (probes) run.predictions = await probes.predict(model, Infinity);
    }
    if (keepModel) run.model = model;
    return run;
  } finally {
    probes?.dispose();
    if (!keepModel) disposeModel(model);
  }
}

/**
 * The data a run trains on: the config's generated data, or a reader's points split the same
 * way, the model then given one output per class of those points.
 */
function dataFor(config: ExperimentConfig, points: Points | undefined): { config: ExperimentConfig; data: ExperimentData } {
  if (!points || config.data.kind !== 'blobs' || !('classes' in config.model)) return { config, data: experimentData(config) };
  const data = pointsData(points, config.data);
  return { config: { ...config, model: { ...config.model, classes: data.outputs } }, data };
}

/** The first Dense layer's current weights, Keras' layout (also after a mid-epoch stop). */
async function firstDenseWeights(model: Sequential): Promise<DenseLayerWeights> {
  // getWeights() hands out the layer's own variables: read them, never dispose them.
  const [kernel, bias] = model.layers.find((l) => l.getClassName() === 'Dense')!.getWeights();
  return { kernel: (await kernel.array()) as number[][], bias: bias ? Array.from(await bias.data()) : [] };
}
