import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { toCategorical } from '../../src/lib/data/toCategorical';
import { buildLinearSoftmax } from '../../src/lib/model/buildLinearSoftmax';
import { buildRegressor } from '../../src/lib/model/buildRegressor';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { seedDenseWeights } from '../../src/lib/model/seedDenseWeights';
import { sgdReference } from '../../src/lib/model/sgdReference';
import { train, type EpochEvent, type TrainProgress } from '../../src/lib/model/train';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// 402 rows: with batch 4 the last batch of every epoch has 2 rows, as Keras keeps it.
const blobs = makeBlobs({ nSamples: 402, centers: 4, clusterStd: 2, randomState: 101 });
const x = blobs.X;
const y = toCategorical(blobs.y, 4);
const curveX = Array.from({ length: 50 }, (_, i) => [-10 + (20 * i) / 49]);
const curveY = curveX.map(([v]) => [1 / (1 + Math.exp(v))]);

function weightsOf(model: { getWeights(): tf.Tensor[] }) {
  const [kernel, bias] = model.getWeights().map((w) => w.arraySync());
  return { kernel: kernel as number[][], bias: bias as number[] };
}

function expectClose(actual: number[][], expected: number[][], tolerance: number) {
  actual.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - expected[i][j])).toBeLessThan(tolerance)));
}

describe('train', () => {
  it('matches the plain-number SGD reference step for step (softmax, cross-entropy)', async () => {
    const model = buildSoftmaxClassifier({ seed: 3 });
    const start = weightsOf(model);
    const result = await train(model, { x, y }, { epochs: 3, batchSize: 4, learningRate: 0.01, seed: 8 });
    expect(result.method).toBe('softmaxGradient');
    const reference = sgdReference({ activation: 'softmax', x, y, ...start, epochs: 3, batchSize: 4, learningRate: 0.01, seed: 8 });
    expect(reference.steps).toBe(303);
    const trained = weightsOf(model);
    expectClose(trained.kernel, reference.kernel, 1e-5);
    expectClose([trained.bias], [reference.bias], 1e-5);
    // The reference would not match a run with another shuffle: the check has teeth.
    const other = sgdReference({ activation: 'softmax', x, y, ...start, epochs: 3, batchSize: 4, learningRate: 0.01, seed: 9 });
    expect(Math.max(...trained.kernel.flat().map((v, i) => Math.abs(v - other.kernel.flat()[i])))).toBeGreaterThan(1e-4);
    model.dispose();
  });

  it('trains the Dense + Activation model the same way as the single softmax layer', async () => {
    const two = { x: x.map(([a, b]) => [a, b]), y: toCategorical(blobs.y.map((c) => c % 2), 2) };
    const model = buildLinearSoftmax({ seed: 4 });
    const start = weightsOf(model);
    const result = await train(model, two, { epochs: 2, batchSize: 128, learningRate: 0.05, seed: 1 });
    expect(result.method).toBe('softmaxGradient');
    const reference = sgdReference({ activation: 'softmax', ...two, ...start, epochs: 2, batchSize: 128, learningRate: 0.05, seed: 1 });
    const trained = weightsOf(model);
    expectClose(trained.kernel, reference.kernel, 1e-5);
    expectClose([trained.bias], [reference.bias], 1e-5);
    model.dispose();
  });

  it('matches the reference for the single sigmoid unit with squared error', async () => {
    const model = buildRegressor({ seed: 2 });
    const start = weightsOf(model);
    const result = await train(model, { x: curveX, y: curveY }, { epochs: 20, batchSize: 16, learningRate: 0.5, loss: 'meanSquaredError', seed: 5 });
    expect(result.method).toBe('sigmoidGradient');
    const reference = sgdReference({ activation: 'sigmoid', x: curveX, y: curveY, ...start, epochs: 20, batchSize: 16, learningRate: 0.5, seed: 5 });
    const trained = weightsOf(model);
    expectClose(trained.kernel, reference.kernel, 1e-5);
    expectClose([trained.bias], [reference.bias], 1e-5);
    model.dispose();
  });

  it('falls back to automatic differentiation for two hidden layers, and the loss goes down', async () => {
    const model = buildRegressor({ hidden: [4, 3], seed: 1 });
    const result = await train(model, { x: curveX, y: curveY }, { epochs: 30, batchSize: 10, learningRate: 0.5, loss: 'meanSquaredError', seed: 2 });
    expect(result.method).toBe('autodiff');
    expect(result.status).toBe('completed');
    expect(result.history.at(-1)!.loss).toBeLessThan(result.history[0].loss);
    model.dispose();
  });

  it('reports every epoch: metrics on training and validation data, the first Dense weights', async () => {
    const model = buildSoftmaxClassifier({ seed: 3 });
    const events: EpochEvent[] = [];
    const progress: TrainProgress[] = [];
    const result = await train(
      model,
      { x: x.slice(0, 300), y: y.slice(0, 300), validation: { x: x.slice(300), y: y.slice(300) } },
      { epochs: 3, batchSize: 4, seed: 1, yieldEvery: 25, onEpoch: (e) => void events.push(e), onProgress: (p) => void progress.push(p) },
    );
    expect(result.status).toBe('completed');
    expect(result.history).toEqual(events);
    expect(events.map((e) => e.epoch)).toEqual([1, 2, 3]);
    for (const e of events) {
      expect(e.loss).toBeGreaterThan(0);
      expect(e.accuracy).toBeGreaterThan(0.5);
      expect(e.valLoss).toBeGreaterThan(0);
      expect(e.valAccuracy).toBeLessThanOrEqual(1);
      expect(e.weights.kernel).toHaveLength(2);
      expect(e.weights.kernel[0]).toHaveLength(4);
      expect(e.weights.bias).toHaveLength(4);
    }
    expect(events[2].weights).toEqual(weightsOf(model));
    expect(events[2].loss).toBeLessThan(events[0].loss + 0.05);
    // 75 steps an epoch, a report every 25 and at the end.
    expect(progress.filter((p) => p.epoch === 1).map((p) => p.step)).toEqual([25, 50, 75]);
    expect(progress[0].stepsPerEpoch).toBe(75);
    model.dispose();
  });

  it('holds no more tensors after training twice than before', async () => {
    const before = tf.memory().numTensors;
    for (let run = 0; run < 2; run++) {
      const model = buildSoftmaxClassifier({ seed: run });
      await train(model, { x, y, validation: { x, y } }, { epochs: 2, batchSize: 32, seed: run });
      const regressor = buildRegressor({ hidden: [3], seed: run });
      await train(regressor, { x: curveX, y: curveY }, { epochs: 2, batchSize: 8, loss: 'meanSquaredError', seed: run });
      model.dispose();
      regressor.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when the signal aborts, keeping the epochs done, and frees its tensors', async () => {
    const model = buildSoftmaxClassifier({ seed: 1 });
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const result = await train(model, { x, y }, {
      epochs: 50,
      batchSize: 4,
      seed: 1,
      yieldEvery: 10,
      onProgress: (p) => {
        if (p.epoch === 2 && p.step === 30) controller.abort();
      },
      signal: controller.signal,
    });
    expect(result.status).toBe('aborted');
    expect(result.reason).toMatch(/epoch 2/);
    expect(result.history).toHaveLength(1);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('does not crash with learning rate 100', async () => {
    const model = buildSoftmaxClassifier({ seed: 1 });
    const before = tf.memory().numTensors;
    const result = await train(model, { x, y }, { epochs: 3, batchSize: 4, learningRate: 100, seed: 1 });
    expect(['completed', 'diverged']).toContain(result.status);
    for (const e of result.history) expect(Number.isFinite(e.loss)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('stops a diverging run with a reason that names the epoch and what to try', async () => {
    // Least squares on inputs up to 10 with learning rate 1: every step overshoots more.
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 1, inputShape: [1] })] });
    seedDenseWeights(model, 1);
    const before = tf.memory().numTensors;
    const line = { x: curveX, y: curveX.map(([v]) => [0.5 * v + 1]) };
    const result = await train(model, line, { epochs: 20, batchSize: 5, learningRate: 1, loss: 'meanSquaredError', seed: 1 });
    expect(result.status).toBe('diverged');
    expect(result.reason).toMatch(/epoch \d+/);
    expect(result.reason).toMatch(/Infinity|NaN/);
    expect(result.reason).toMatch(/smaller learning rate than 1, such as 0\.1\b/);
    for (const e of result.history) expect(Number.isFinite(e.loss)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('refuses to train a model that is already training, and accepts it again afterwards', async () => {
    const model = buildSoftmaxClassifier({ seed: 1 });
    const first = train(model, { x, y }, { epochs: 2, batchSize: 4, seed: 1, yieldEvery: 10 });
    await expect(train(model, { x, y }, { epochs: 1, batchSize: 4, seed: 1 })).rejects.toThrow(/already being trained/);
    expect((await first).status).toBe('completed');
    expect((await train(model, { x, y }, { epochs: 1, batchSize: 4, seed: 1 })).status).toBe('completed');
    model.dispose();
  });

  it('rejects options it cannot honour', async () => {
    const model = buildSoftmaxClassifier({ seed: 1 });
    await expect(train(model, { x, y }, { epochs: 0, batchSize: 4, seed: 1 })).rejects.toThrow(/epochs/);
    await expect(train(model, { x, y }, { epochs: 1, batchSize: 2.5, seed: 1 })).rejects.toThrow(/batchSize/);
    await expect(train(model, { x, y }, { epochs: 1, batchSize: 4, learningRate: NaN, seed: 1 })).rejects.toThrow(/learningRate/);
    await expect(train(model, { x, y: y.slice(1) }, { epochs: 1, batchSize: 4, seed: 1 })).rejects.toThrow(/rows/);
    model.dispose();
  });
});

describe('stopping between short epochs', () => {
  it('an abort that arrives while the loop yields at an epoch end stops the run', async () => {
    const model = buildSoftmaxClassifier({ inputs: 2, classes: 2, seed: 3 });
    const x = [[0, 1], [1, 0], [2, 1], [1, 2]];
    const y = [[1, 0], [0, 1], [0, 1], [1, 0]];
    const controller = new AbortController();
    // One step an epoch, far fewer than yieldEvery: only the epoch-end yield lets the abort in.
    setTimeout(() => controller.abort(), 0);
    const result = await train(model, { x, y }, { epochs: 10_000, batchSize: 4, seed: 1, yieldEvery: 200, signal: controller.signal });
    model.dispose();
    expect(result.status).toBe('aborted');
    expect(result.history.length).toBeLessThan(10_000);
  });
});

describe('yieldMs', () => {
  const data = { x: x.slice(0, 300), y: y.slice(0, 300) };
  async function progressSteps(yieldMs: number): Promise<number[]> {
    const model = buildSoftmaxClassifier({ seed: 3 });
    const progress: TrainProgress[] = [];
    const result = await train(model, data, { epochs: 2, batchSize: 4, seed: 1, yieldEvery: 25, yieldMs, onProgress: (p) => void progress.push(p) });
    model.dispose();
    expect(result.status).toBe('completed');
    return progress.map((p) => p.step);
  }

  it('0 yields at every yieldEvery steps, as without it', async () => {
    expect(await progressSteps(0)).toEqual([25, 50, 75, 25, 50, 75]);
  });

  it('yields inside an epoch only once that many milliseconds have passed: with an hour, only epoch ends report', async () => {
    expect(await progressSteps(3_600_000)).toEqual([75, 75]);
  });

  it('trains to the same weights whatever it is', async () => {
    const weights = [];
    for (const yieldMs of [0, 3_600_000]) {
      const model = buildSoftmaxClassifier({ seed: 3 });
      await train(model, data, { epochs: 2, batchSize: 4, seed: 1, yieldEvery: 25, yieldMs });
      weights.push(weightsOf(model));
      model.dispose();
    }
    expect(weights[1]).toEqual(weights[0]);
  });

  it('is refused when negative or not a number', async () => {
    const model = buildSoftmaxClassifier({ seed: 3 });
    await expect(train(model, data, { epochs: 1, batchSize: 4, seed: 1, yieldEvery: 25, yieldMs: -1 })).rejects.toThrow(/yieldMs/);
    await expect(train(model, data, { epochs: 1, batchSize: 4, seed: 1, yieldEvery: 25, yieldMs: NaN })).rejects.toThrow(/yieldMs/);
    model.dispose();
  });
});
