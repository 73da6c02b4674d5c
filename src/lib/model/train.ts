import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { RandomState } from '../random/RandomState';
import { chooseStepper } from './chooseStepper';
import type { LossName } from './LossName';
import { metricTensors } from './metricTensors';
import type { Stepper, TrainingMethod } from './Stepper';
import { overshootAdvice } from './overshootAdvice';
import { yieldToEventLoop } from './yieldToEventLoop';

/** Weights of a Dense layer in Keras' layout: kernel is inputs x units (get_weights()[0]). */
export interface DenseLayerWeights {
  kernel: number[][];
  bias: number[];
}

/** What the loop reports after every epoch. */
export interface EpochEvent {
  /** 1 after the first epoch. */
  epoch: number;
  /** Mean loss over the whole training set with the weights at the end of the epoch. */
  loss: number;
  accuracy?: number;
  valLoss?: number;
  valAccuracy?: number;
  /** The first Dense layer's weights at the end of the epoch. */
  weights: DenseLayerWeights;
}

export interface TrainingData {
  /** One row of features per sample. */
  x: number[][];
  /** One row of targets per sample: one-hot for classification, [value] for regression. */
  y: number[][];
  validation?: { x: number[][]; y: number[][] };
}

export interface TrainProgress {
  epoch: number;
  /** Steps done in this epoch, 1..stepsPerEpoch. */
  step: number;
  stepsPerEpoch: number;
}

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  /** SGD learning rate; Keras' default 0.01. */
  learningRate?: number;
  loss?: LossName;
  /** Seed of the per-epoch shuffle. */
  seed: number;
  /** Reshuffle the rows every epoch, as Keras does by default. */
  shuffle?: boolean;
  signal?: AbortSignal;
  /** Awaited, so a slow consumer slows training instead of piling up events. */
  onEpoch?: (event: EpochEvent) => void | Promise<void>;
  /** Called at every yield (see yieldEvery) and at the end of every epoch. */
  onProgress?: (progress: TrainProgress) => void;
  /** Give the event loop a macrotask every this many steps (for a page's main thread). */
  yieldEvery?: number;
  /**
   * With yieldEvery: yield only once this many milliseconds have passed since the last yield,
   * at those steps and at epoch ends (default 0, every time). A worker yields only so a Stop
   * message can arrive, and the lesson's regression, 100 epochs of 7 steps, spent a tenth of
   * its time in epoch-end yields.
   */
  yieldMs?: number;
}

export type TrainStatus = 'completed' | 'aborted' | 'diverged';

export interface TrainResult {
  history: EpochEvent[];
  status: TrainStatus;
  /** Why training stopped early, in words for the reader. */
  reason?: string;
  method: TrainingMethod;
}

/** Models being trained: two loops stepping the same variables would corrupt each other. */
const busy = new WeakSet<LayersModel>();

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(message);
}

function checkRows(name: string, rows: number[][], width?: number): number {
  check(Array.isArray(rows) && rows.length > 0, `${name} must have at least one row`);
  const w = width ?? rows[0].length;
  check(w > 0 && rows.every((r) => r.length === w), `every row of ${name} must have ${w} values`);
  return w;
}

function toWeights(values: Float32Array | Int32Array | Uint8Array, offset: number, inputs: number, units: number, hasBias: boolean) {
  const kernel: number[][] = [];
  for (let i = 0; i < inputs; i++) kernel.push(Array.from(values.subarray(offset + i * units, offset + (i + 1) * units)));
  const start = offset + inputs * units;
  const bias = hasBias ? Array.from(values.subarray(start, start + units)) : [];
  return { kernel, bias };
}

/**
 * Trains `model` with plain SGD, as Keras' fit with SGD(learning_rate) would: the rows are
 * reshuffled every epoch (seeded), the last smaller batch is kept, and the update rule is the
 * fastest correct one for the model (see chooseStepper). Nothing is read back from the backend
 * during an epoch; at its end one read returns the metrics and the first Dense layer's weights.
 *
 * The reported training loss and accuracy are computed on the whole training set with the
 * end-of-epoch weights, where Keras reports the running mean over the epoch's batches (taken
 * while the weights still moved); the two agree once training settles.
 *
 * A non-finite loss or weight ends the run with status 'diverged', and so does a classifier whose
 * loss climbs above what a uniform guess scores (see overshootReason); an aborted `signal` ends it
 * with status 'aborted' (checked before every step, so pass yieldEvery to let it arrive).
 * Every tensor the loop makes is freed whatever the outcome.
 */
export async function train(model: LayersModel, data: TrainingData, options: TrainOptions): Promise<TrainResult> {
  const { epochs, batchSize, learningRate = 0.01, yieldEvery } = options;
  check(Number.isInteger(epochs) && epochs >= 1, `epochs must be an integer >= 1; got ${epochs}`);
  check(Number.isInteger(batchSize) && batchSize >= 1, `batchSize must be an integer >= 1; got ${batchSize}`);
  check(Number.isFinite(learningRate) && learningRate > 0, `learningRate must be a positive number; got ${learningRate}`);
  check(yieldEvery === undefined || (Number.isInteger(yieldEvery) && yieldEvery >= 1), `yieldEvery must be an integer >= 1; got ${yieldEvery}`);
  check(options.yieldMs === undefined || options.yieldMs >= 0, `yieldMs must be a number >= 0; got ${options.yieldMs}`);
  const features = checkRows('x', data.x);
  const outputs = checkRows('y', data.y);
  check(data.x.length === data.y.length, `x has ${data.x.length} rows but y has ${data.y.length}`);
  if (data.validation) {
    checkRows('validation x', data.validation.x, features);
    checkRows('validation y', data.validation.y, outputs);
    check(data.validation.x.length === data.validation.y.length, 'validation x and y must have as many rows');
  }
  const firstDense = model.layers.find((l) => l.getClassName() === 'Dense');
  check(firstDense !== undefined, 'the model needs a Dense layer');
  const [kernelVar, biasVar] = firstDense!.trainableWeights;
  const [inputs, units] = kernelVar.shape as [number, number];
  check(!busy.has(model), 'this model is already being trained; stop that run first');
  busy.add(model);
  try {
    await tf.ready();
    return await trainChecked(model, data, options, { inputs, units, hasBias: biasVar !== undefined, firstDense: firstDense! });
  } finally {
    busy.delete(model);
  }
}

interface DenseInfo {
  inputs: number;
  units: number;
  hasBias: boolean;
  firstDense: LayersModel['layers'][number];
}

/** The run's tensors: the training rows, and the validation rows when there are any. */
interface RunTensors {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  xVal?: tf.Tensor2D;
  yVal?: tf.Tensor2D;
}

async function trainChecked(model: LayersModel, data: TrainingData, options: TrainOptions, dense: DenseInfo): Promise<TrainResult> {
  const { epochs, batchSize, learningRate = 0.01, loss = 'categoricalCrossentropy', seed, shuffle = true, signal, onEpoch } = options;
  const n = data.x.length;
  const rng = new RandomState(seed);
  const t: RunTensors = { x: tf.tensor2d(data.x), y: tf.tensor2d(data.y) };
  if (data.validation) {
    t.xVal = tf.tensor2d(data.validation.x);
    t.yVal = tf.tensor2d(data.validation.y);
  }
  const history: EpochEvent[] = [];
  let stepper: Stepper | undefined;
  try {
    stepper = chooseStepper({ model, x: t.x, y: t.y, batchSize, learningRate, loss });
    const identity = Array.from({ length: n }, (_, i) => i);
    const turns = turnsEvery(options.yieldMs ?? 0);
    const end = (status: TrainStatus, reason?: string): TrainResult => ({ history, status, ...(reason ? { reason } : {}), method: stepper!.method });
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const stepsDone = await runEpoch(stepper, shuffle ? rng.permutation(n) : identity, epoch, options, turns);
      if (stepsDone === 'aborted') return end('aborted', `Training was stopped during epoch ${epoch}.`);
      const { event, badWeight } = await epochEvent(model, t, epoch, loss, dense, data.validation?.x.length ?? 0);
      if (!Number.isFinite(event.loss) || badWeight) return end('diverged', nonFiniteReason(event, epoch, learningRate, batchSize));
      history.push(event);
      await onEpoch?.(event);
      const overshoot = overshootReason(history, loss, dense.units, learningRate, batchSize);
      if (overshoot !== undefined) return end('diverged', overshoot);
      if (signal?.aborted && epoch < epochs) return end('aborted', `Training was stopped after epoch ${epoch}.`);
    }
    return end('completed');
  } finally {
    stepper?.dispose();
    tf.dispose([t.x, t.y, ...(t.xVal ? [t.xVal] : []), ...(t.yVal ? [t.yVal] : [])]);
  }
}

/** One epoch's steps in `order`, yielding every `yieldEvery` steps; 'aborted' if the signal fired. */
async function runEpoch(stepper: Stepper, order: number[], epoch: number, options: TrainOptions, turns: Turns): Promise<number | 'aborted'> {
  const { signal, onProgress, yieldEvery } = options;
  const steps = stepper.beginEpoch(order);
  try {
    for (let s = 0; s < steps; s++) {
      if (signal?.aborted) return 'aborted';
      stepper.step(s);
      if (yieldEvery !== undefined && (s + 1) % yieldEvery === 0 && s + 1 < steps && turns.due()) {
        onProgress?.({ epoch, step: s + 1, stepsPerEpoch: steps });
        await turns.take();
      }
    }
  } finally {
    stepper.endEpoch();
  }
  onProgress?.({ epoch, step: steps, stepsPerEpoch: steps });
  // Epochs shorter than yieldEvery would otherwise never give a Stop message a turn.
  if (yieldEvery !== undefined && turns.due()) await turns.take();
  return steps;
}

/** When the loop last gave the event loop a turn, and whether the next one is due (see yieldMs). */
interface Turns {
  due(): boolean;
  take(): Promise<void>;
}

function turnsEvery(ms: number): Turns {
  let last = performance.now();
  return {
    due: () => ms <= 0 || performance.now() - last >= ms,
    take: async () => {
      await yieldToEventLoop();
      last = performance.now();
    },
  };
}

/** The end-of-epoch metrics and first-layer weights, in one read from the backend. */
async function epochEvent(
  model: LayersModel,
  t: RunTensors,
  epoch: number,
  loss: LossName,
  dense: DenseInfo,
  nVal: number,
): Promise<{ event: EpochEvent; badWeight: boolean }> {
  const summary = tf.tidy(() => {
    const train = metricTensors(model.predictOnBatch(t.x) as tf.Tensor2D, t.y, loss);
    const val = t.xVal && t.yVal ? metricTensors(model.predictOnBatch(t.xVal) as tf.Tensor2D, t.yVal, loss) : undefined;
    const parts: tf.Tensor[] = [train.loss, train.correct ?? tf.scalar(NaN), val?.loss ?? tf.scalar(NaN), val?.correct ?? tf.scalar(NaN)];
    return tf.concat([...parts.map((p) => tf.reshape(p, [1])), ...dense.firstDense.trainableWeights.map((w) => tf.reshape(w.read(), [-1]))]);
  });
  const values = await summary.data();
  summary.dispose();
  const event: EpochEvent = { epoch, loss: values[0], weights: toWeights(values, 4, dense.inputs, dense.units, dense.hasBias) };
  if (loss === 'categoricalCrossentropy') event.accuracy = values[1] / t.x.shape[0];
  if (t.xVal) {
    event.valLoss = values[2];
    if (loss === 'categoricalCrossentropy') event.valAccuracy = values[3] / nVal;
  }
  return { event, badWeight: values.subarray(4).some((v) => !Number.isFinite(v)) };
}

function nonFiniteReason(event: EpochEvent, epoch: number, learningRate: number, batchSize: number): string {
  const what = Number.isFinite(event.loss) ? 'some weights became infinite or NaN' : `the training loss became ${event.loss}`;
  return (
    `Training diverged in epoch ${epoch}: ${what}. With learning rate ${learningRate} each step overshoots ` +
    `and the weights grow without bound; ${overshootAdvice({ learningRate, batchSize })}`
  );
}

/**
 * The lesson's classifiers cannot produce an infinite loss: the softmax gradient is bounded and the
 * loss is clipped, so a far too large learning rate shows up instead as a loss that bounces above
 * ln K, the loss of a model that gives every one of the K classes the same probability. From the
 * second epoch on, a training loss above ln K that is also above the first epoch's means the steps
 * overshoot so much that training does worse than guessing: the run stops and says so.
 */
export function overshootReason(
  history: EpochEvent[],
  loss: string,
  classes: number,
  learningRate: number,
  batchSize?: number,
): string | undefined {
  if (loss !== 'categoricalCrossentropy' || classes < 2 || history.length < 2) return undefined;
  const last = history[history.length - 1];
  const guess = Math.log(classes);
  if (!(last.loss > guess && last.loss > history[0].loss)) return undefined;
  return (
    `Training diverged in epoch ${last.epoch}: the training loss rose to ${last.loss.toFixed(3)}, worse than the ` +
    `${guess.toFixed(3)} (ln ${classes}) of a model that gives every class the same probability. With learning rate ` +
    `${learningRate}${batchSize === undefined ? '' : ` and batch size ${batchSize}`} each step overshoots; ` +
    overshootAdvice({ learningRate, batchSize })
  );
}
