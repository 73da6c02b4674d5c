import type { Sequential } from '@tensorflow/tfjs-layers';
import { evaluate } from '../model/evaluate';
import { predict } from '../model/predict';
import { train, type DenseLayerWeights, type TrainOptions, type TrainResult } from '../model/train';
import { buildExperimentModel } from './buildExperimentModel';
import type { ExperimentConfig } from './ExperimentConfig';
import { experimentData, type ExperimentData } from './experimentData';
import { argMax } from '../math/argMax';

export interface RunExperimentOptions extends Pick<TrainOptions, 'signal' | 'onEpoch' | 'onProgress' | 'yieldEvery'> {
  /** Keep the trained model in the result (the caller must then dispose it). */
  keepModel?: boolean;
}

export interface ExperimentRun {
  config: ExperimentConfig;
  data: ExperimentData;
  training: TrainResult;
  /** Test-set figures, as Keras' evaluate reports them (absent when training diverged). */
  result?: { loss: number; accuracy?: number };
  /** The first Dense layer's weights after training (Keras' layout). */
  weights: DenseLayerWeights;
  /** Predicted class of every test point, or predicted value for the regression. */
  yPred: number[];
  /** Wall-clock seconds of the training alone. */
  seconds: number;
  model?: Sequential;
}

/**
 * Builds an experiment's data and model, trains it with the configured hyperparameters and
 * seeds, and evaluates it on the test split: the lesson's five steps in one call.
 */
export async function runExperiment(config: ExperimentConfig, options: RunExperimentOptions = {}): Promise<ExperimentRun> {
  const { keepModel = false, ...hooks } = options;
  const data = experimentData(config);
  const model = buildExperimentModel(config.model);
  try {
    const t0 = performance.now();
    const training = await train(
      model,
      { x: data.XTrain, y: data.yTrainRows, validation: { x: data.XTest, y: data.yTestRows } },
      { ...config.training, ...hooks },
    );
    const seconds = (performance.now() - t0) / 1000;
    // getWeights() hands out the layer's own variables: nothing to free here.
    const [kernel, bias] = model.layers.find((l) => l.getClassName() === 'Dense')!.getWeights();
    const weights = { kernel: (await kernel.array()) as number[][], bias: Array.from(await bias.data()) };
    const run: ExperimentRun = { config, data, training, weights, yPred: [], seconds };
    if (training.status !== 'diverged') {
      run.result = await evaluate(model, data.XTest, data.yTestRows, config.training.loss);
      const p = await predict(model, data.XTest);
      run.yPred = config.training.loss === 'meanSquaredError' ? p.map((r) => r[0]) : p.map(argMax);
    }
    if (keepModel) run.model = model;
    return run;
  } finally {
    if (!keepModel) model.dispose();
  }
}
