import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionGrid } from '../../src/lib/data/decisionGrid';
import { LiveProbes } from '../../src/lib/experiments/LiveProbes';
import { experimentData } from '../../src/lib/experiments/experimentData';
import { blobs4, moons, sine } from '../../src/lib/experiments';
import { buildExperimentModel } from '../../src/lib/experiments/buildExperimentModel';
import { disposeModel } from '../../src/lib/model/disposeModel';
import { predictClasses } from '../../src/lib/model/predictClasses';
import { train } from '../../src/lib/model/train';
import type { ExperimentConfig } from '../../src/lib/experiments/ExperimentConfig';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A model of the experiment after a few epochs, so its regions are not trivial. */
async function trained(config: ExperimentConfig, epochs = 3) {
  const data = experimentData(config);
  const model = buildExperimentModel(config.model);
  await train(model, { x: data.XTrain, y: data.yTrainRows }, { ...config.training, epochs });
  return { data, model };
}

describe('LiveProbes', () => {
  it.each([
    ['blobs4', blobs4],
    ['moons', moons],
  ] as const)('%s: the grid classes TF.js predicts, and no tensor made', async (_, config) => {
    const { data, model } = await trained(config);
    const before = tf.memory().numTensors;
    const probes = new LiveProbes(data);
    const { gridClasses } = await probes.predict(model);
    expect(tf.memory().numTensors).toBe(before);
    const expected = await predictClasses(model, decisionGrid());
    expect(new Set(expected).size).toBeGreaterThan(1);
    expect(gridClasses).toEqual(expected);
    probes.dispose();
    disposeModel(model);
  });

  it('gives the same classes in chunks as in one go', async () => {
    const { data, model } = await trained(blobs4, 1);
    const probes = new LiveProbes(data, { grid: { n: 30, extent: 20 }, chunkRows: 128 });
    const chunked = await probes.predict(model);
    expect(chunked.gridClasses).toEqual((await probes.predict(model, Infinity)).gridClasses);
    expect(chunked.gridClasses).toHaveLength(900);
    probes.dispose();
    disposeModel(model);
  });

  it("follows the sine network's curve as TF.js computes it", async () => {
    const { data, model } = await trained(sine, 2);
    const probes = new LiveProbes(data);
    const { curve } = await probes.predict(model);
    const expected = tf.tidy(() => Array.from((model.predictOnBatch(tf.tensor2d(curve!.x, [curve!.x.length, 1])) as tf.Tensor).dataSync()));
    curve!.y.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-5));
    probes.dispose();
    disposeModel(model);
  });

  it('asks TF.js for a model that is not a dense stack, and frees its probe tensors on dispose', async () => {
    const data = experimentData(blobs4);
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [2], activation: 'elu', kernelInitializer: 'glorotUniform' })] });
    const before = tf.memory().numTensors;
    const probes = new LiveProbes(data, { grid: { n: 20, extent: 20 } });
    const { gridClasses } = await probes.predict(model);
    expect(gridClasses).toEqual(await predictClasses(model, decisionGrid({ n: 20, extent: 20 })));
    expect(tf.memory().numTensors).toBe(before + 1);
    probes.dispose();
    expect(tf.memory().numTensors).toBe(before);
    disposeModel(model);
  });
});
