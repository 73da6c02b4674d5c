import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { blobs2, blobs4, experiments, regression, runExperiment } from '../../src/lib/experiments';
import { LiveCount } from './support/liveCount';

// Every layer of every model a run builds is watched, to see which ones stay reachable.
const built = vi.hoisted(() => ({ layers: [] as object[][] }));
vi.mock('../../src/lib/experiments/buildExperimentModel', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/experiments/buildExperimentModel')>();
  return {
    buildExperimentModel: (...args: Parameters<typeof original.buildExperimentModel>) => {
      const model = original.buildExperimentModel(...args);
      built.layers.push(model.layers);
      return model;
    },
  };
});

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('runExperiment with the lesson hyperparameters and the project seeds', () => {
  it('blobs4 reaches the lesson test figures (accuracy >= 0.9225, loss <= 0.1815)', async () => {
    const before = tf.memory().numTensors;
    const run = await runExperiment(blobs4);
    expect(run.training.status).toBe('completed');
    expect(run.training.method).toBe('softmaxGradient');
    expect(run.data.XTrain).toHaveLength(3200);
    expect(run.data.XTest).toHaveLength(800);
    expect(run.result!.accuracy).toBeGreaterThanOrEqual(0.9225);
    expect(run.result!.loss).toBeLessThanOrEqual(0.1815);
    expect(run.training.history).toHaveLength(10);
    expect(run.training.history.at(-1)!.valLoss).toBeCloseTo(run.result!.loss, 6);
    expect(run.weights.kernel).toHaveLength(2);
    expect(run.weights.kernel[0]).toHaveLength(4);
    const right = run.yPred.filter((c, i) => c === run.data.yTest[i]).length;
    expect(right / 800).toBe(run.result!.accuracy);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('blobs2 reaches the lesson test figures (accuracy >= 0.99, loss <= 0.0514)', async () => {
    const run = await runExperiment(blobs2);
    expect(run.training.status).toBe('completed');
    expect(run.result!.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(run.result!.loss).toBeLessThanOrEqual(0.0514);
    // Only the difference of the two columns matters to a 2-class softmax; it lands near the lesson's.
    const diff = run.weights.kernel.map((row) => row[0] - row[1]);
    const lessonDiff = blobs2.lesson!.kernel!.map((row) => row[0] - row[1]);
    diff.forEach((d, i) => expect(Math.abs(d - lessonDiff[i])).toBeLessThan(0.02));
    expect(Math.abs(run.weights.bias[0] - blobs2.lesson!.bias![0])).toBeLessThan(0.03);
  });

  it('regression with the single sigmoid unit reaches the noise floor (test MSE <= 0.0117)', async () => {
    const run = await runExperiment(regression);
    expect(run.training.method).toBe('sigmoidGradient');
    expect(run.result!.loss).toBeLessThanOrEqual(0.0117);
    expect(run.result!.accuracy).toBeUndefined();
    expect(run.yPred).toHaveLength(200);
  });

  it('gives the same numbers twice, and keeps the model only when asked', async () => {
    const a = await runExperiment(regression);
    const b = await runExperiment(regression, { keepModel: true });
    expect(b.result).toEqual(a.result);
    expect(b.weights).toEqual(a.weights);
    expect(a.model).toBeUndefined();
    expect(b.model!.getWeights()[0].arraySync()).toEqual(b.weights.kernel);
    b.model!.dispose();
  });

  it('lists the three experiments with the lesson figures', () => {
    expect(experiments.filter((e) => e.lesson).map((e) => e.id)).toEqual(['blobs4', 'blobs2', 'regression']);
    expect(blobs4.lesson).toEqual({ loss: 0.18148446649312974, accuracy: 0.9225 });
    expect(blobs2.lesson!.loss).toBe(0.05136142261326313);
    expect(regression.lesson!.loss).toBe(0.0117);
    for (const e of experiments.filter((x) => x.lesson)) expect(e.training.learningRate).toBe(0.01);
    expect(blobs4.training).toMatchObject({ epochs: 10, batchSize: 4 });
    expect(blobs2.training).toMatchObject({ epochs: 100, batchSize: 128 });
    expect(regression.training).toMatchObject({ epochs: 100, batchSize: 128 });
  });
});

describe("runExperiment's hooks", () => {
  const small = { data: { nSamples: 200 }, epochs: 3 };

  it('applies the overrides and reports the data before training', async () => {
    let seen = 0;
    const run = await runExperiment(blobs4, { overrides: { ...small, data: { nSamples: 200, centers: 3 } }, onData: (d) => (seen = d.XTrain.length) });
    expect(seen).toBe(160);
    expect(run.config.data).toMatchObject({ nSamples: 200, centers: 3 });
    expect(run.training.history).toHaveLength(3);
    expect(run.testOutputs).toHaveLength(40);
    expect(run.testOutputs[0]).toHaveLength(3);
    expect(run.weights.kernel[0]).toHaveLength(3);
  });

  it('starts from the initial weights of initSeed, with the shuffle of seed', async () => {
    const a = await runExperiment(blobs4, { overrides: { ...small, epochs: 1, seed: 1, initSeed: 1 } });
    const b = await runExperiment(blobs4, { overrides: { ...small, epochs: 1, seed: 1, initSeed: 2 } });
    const c = await runExperiment(blobs4, { overrides: { ...small, epochs: 1, seed: 2, initSeed: 1 } });
    const again = await runExperiment(blobs4, { overrides: { ...small, epochs: 1, seed: 1, initSeed: 1 } });
    expect(again.weights).toEqual(a.weights);
    expect(b.weights).not.toEqual(a.weights);
    expect(c.weights).not.toEqual(a.weights);
    expect(c.config.model.seed).toBe(1);
  });

  it('hands every epoch its decision grid, and the final grid with the results', async () => {
    const before = tf.memory().numTensors;
    const grids: number[][] = [];
    const run = await runExperiment(blobs4, {
      overrides: small,
      live: { grid: { n: 10, extent: 20 } },
      onEpoch: (_e, p) => void grids.push(p!.gridClasses!),
    });
    expect(grids).toHaveLength(3);
    expect(grids.every((g) => g.length === 100 && g.every((c) => c >= 0 && c < 4))).toBe(true);
    expect(run.predictions!.gridClasses).toEqual(grids[2]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('draws the regression curve over the data range, and skips per-epoch probes when asked', async () => {
    const epochs: (object | undefined)[] = [];
    const run = await runExperiment(regression, {
      overrides: { epochs: 2 },
      live: { everyEpoch: false },
      onEpoch: (_e, p) => void epochs.push(p),
    });
    expect(epochs).toEqual([undefined, undefined]);
    const curve = run.predictions!.curve!;
    expect(curve.x[0]).toBe(-20);
    expect(curve.x.at(-1)).toBe(20);
    expect(curve.y).toHaveLength(curve.x.length);
  });

  it('stops on the abort signal with the weights reached, and frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const run = await runExperiment(blobs4, {
      overrides: { epochs: 5 },
      signal: controller.signal,
      yieldEvery: 10,
      live: {},
      onEpoch: (e) => {
        if (e.epoch === 1) controller.abort();
      },
    });
    expect(run.training.status).toBe('aborted');
    expect(run.training.history.length).toBeLessThan(5);
    expect(run.weights.kernel).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(before);
  });
});

/** The layers built so far, handed over to a LiveCount (in a frame of its own that ends here). */
function watchBuiltLayers(): LiveCount {
  const layers = new LiveCount();
  built.layers.flat().forEach((l) => layers.watch(l));
  built.layers = [];
  return layers;
}

describe('runExperiment run after run', () => {
  it('leaves none of its models reachable once it returns, however many runs there were', async () => {
    built.layers = [];
    for (let run = 0; run < 6; run++) {
      const experiment = run % 2 ? regression : blobs4;
      await runExperiment(experiment, { overrides: { data: { nSamples: 200 }, epochs: 1 }, live: {}, onEpoch: () => undefined });
    }
    expect(built.layers).toHaveLength(6);
    expect(await watchBuiltLayers().alive()).toBe(0);
  });
});
