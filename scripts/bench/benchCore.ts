/**
 * The timed work of `npm run bench`, shared by Node and the browser page: for one backend and
 * each experiment, the project's train() loop, TF.js' own model.fit on the same model, data
 * and hyperparameters, and the plain-TypeScript SGD loop. Every timing covers training only
 * (data and model are built beforehand); each figure is the median of `repeats` runs after
 * one untimed warm-up run.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { buildExperimentModel, experimentData, type ExperimentConfig } from '../../src/lib/experiments';
import { evaluate } from '../../src/lib/model/evaluate';
import { hasHiddenLayer } from '../../src/lib/experiments/hasHiddenLayer';
import { hiddenLayerForward, type HiddenLayerWeights } from '../../src/lib/model/hiddenLayerForward';
import { hiddenLayerReference } from '../../src/lib/model/hiddenLayerReference';
import type { HiddenKind } from '../../src/lib/model/hiddenLayerStepper';
import { sgdReference } from '../../src/lib/model/sgdReference';
import { train } from '../../src/lib/model/train';

export type BenchMethod = 'train' | 'fit' | 'plainTS';

export interface BenchRow {
  experiment: string;
  backend: string;
  method: BenchMethod;
  /** Median wall-clock milliseconds of the timed runs. */
  medianMs: number;
  runsMs: number[];
  /** Test loss after the last timed run, to show the runs did the same job. */
  testLoss: number;
  /** How train() stepped ('softmaxGradient', ...), for the train rows. */
  detail?: string;
  /** Set when this method failed on this backend (the other rows still run). */
  error?: string;
}

export interface BenchOptions {
  experiments: readonly ExperimentConfig[];
  repeats: number;
  methods: readonly BenchMethod[];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function timeTrain(config: ExperimentConfig): Promise<{ ms: number; loss: number; detail: string }> {
  const data = experimentData(config);
  const model = buildExperimentModel(config.model);
  try {
    const t0 = performance.now();
    const result = await train(model, { x: data.XTrain, y: data.yTrainRows, validation: { x: data.XTest, y: data.yTestRows } }, config.training);
    const ms = performance.now() - t0;
    const test = await evaluate(model, data.XTest, data.yTestRows, config.training.loss);
    return { ms, loss: test.loss, detail: result.method };
  } finally {
    model.dispose();
  }
}

async function timeFit(config: ExperimentConfig, epochs: number): Promise<{ ms: number; loss: number }> {
  const data = experimentData(config);
  const model: LayersModel = buildExperimentModel(config.model);
  const optimizer = tf.train.sgd(config.training.learningRate);
  const tensors = [data.XTrain, data.yTrainRows, data.XTest, data.yTestRows].map((rows) => tf.tensor2d(rows));
  const [x, y, xVal, yVal] = tensors;
  try {
    model.compile({
      optimizer,
      loss: config.training.loss,
      metrics: config.training.loss === 'categoricalCrossentropy' ? ['accuracy'] : [],
    });
    const t0 = performance.now();
    await model.fit(x, y, { batchSize: config.training.batchSize, epochs, shuffle: true, validationData: [xVal, yVal], verbose: 0 });
    const ms = performance.now() - t0;
    const test = await evaluate(model, data.XTest, data.yTestRows, config.training.loss);
    return { ms, loss: test.loss };
  } finally {
    tf.dispose(tensors);
    model.dispose();
    optimizer.dispose();
  }
}

/** The plain-TypeScript loop for a model with one hidden layer (hiddenLayerReference). */
function timePlainHidden(config: ExperimentConfig): { ms: number; loss: number } {
  const data = experimentData(config);
  const model = buildExperimentModel(config.model);
  const hidden = model.layers[0].getConfig().activation as HiddenKind;
  const output = model.layers[1].getConfig().activation as 'softmax' | 'linear' | 'sigmoid';
  const [kernel1, bias1, kernel2, bias2] = model.getWeights().map((w) => w.arraySync()) as [number[][], number[], number[][], number[]];
  model.dispose();
  const start: HiddenLayerWeights = { kernel1, bias1, kernel2, bias2 };
  const t0 = performance.now();
  const r = hiddenLayerReference({ hidden, output, x: data.XTrain, y: data.yTrainRows, weights: start, ...config.training });
  const ms = performance.now() - t0;
  let sum = 0;
  data.XTest.forEach((xi, n) => {
    const { p } = hiddenLayerForward(r.weights, hidden, output, xi);
    const target = data.yTestRows[n];
    if (output === 'softmax') sum -= Math.log(Math.min(Math.max(p[target.indexOf(1)], 1e-7), 1 - 1e-7));
    else sum += p.reduce((s, v, k) => s + (v - target[k]) ** 2, 0) / p.length;
  });
  return { ms, loss: sum / data.XTest.length };
}

function timePlain(config: ExperimentConfig): { ms: number; loss: number } {
  if (hasHiddenLayer(config.model)) return timePlainHidden(config);
  const data = experimentData(config);
  const model = buildExperimentModel(config.model);
  const [kernel, bias] = model.getWeights().map((w) => w.arraySync()) as [number[][], number[]];
  model.dispose();
  const activation = config.training.loss === 'meanSquaredError' ? 'sigmoid' : 'softmax';
  const t0 = performance.now();
  const r = sgdReference({ activation, x: data.XTrain, y: data.yTrainRows, kernel, bias, ...config.training });
  const ms = performance.now() - t0;
  // Test loss in plain numbers, the same definitions as evaluate().
  let sum = 0;
  data.XTest.forEach((xi, n) => {
    const z = r.bias.map((b, u) => b + xi.reduce((s, v, i) => s + v * r.kernel[i][u], 0));
    const target = data.yTestRows[n];
    if (activation === 'sigmoid') {
      const p = 1 / (1 + Math.exp(-z[0]));
      sum += (p - target[0]) ** 2;
    } else {
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const total = e.reduce((a, b) => a + b, 0);
      const p = e[target.indexOf(1)] / total;
      sum -= Math.log(Math.min(Math.max(p, 1e-7), 1 - 1e-7));
    }
  });
  return { ms, loss: sum / data.XTest.length };
}

/** Runs the benchmark on the active TF.js backend. */
export async function runBench(o: BenchOptions): Promise<BenchRow[]> {
  const backend = tf.getBackend();
  const rows: BenchRow[] = [];
  for (const config of o.experiments) {
    for (const method of o.methods) {
      if (method === 'plainTS' && config.model.builder === 'regressor' && config.model.hidden.length > 1) continue;
      const runs: number[] = [];
      let loss = NaN;
      let detail: string | undefined;
      try {
        if (method === 'train') await timeTrain(config);
        else if (method === 'fit') await timeFit(config, 1);
        else timePlain(config);
        for (let r = 0; r < o.repeats; r++) {
          const t: { ms: number; loss: number; detail?: string } =
            method === 'train' ? await timeTrain(config) : method === 'fit' ? await timeFit(config, config.training.epochs) : timePlain(config);
          runs.push(t.ms);
          loss = t.loss;
          detail = t.detail;
        }
      } catch (err) {
        rows.push({ experiment: config.id, backend, method, medianMs: NaN, runsMs: runs, testLoss: NaN, error: err instanceof Error ? err.message : String(err) });
        continue;
      }
      const row: BenchRow = { experiment: config.id, backend, method, medianMs: median(runs), runsMs: runs, testLoss: loss };
      if (detail) row.detail = detail;
      rows.push(row);
    }
  }
  return rows;
}
