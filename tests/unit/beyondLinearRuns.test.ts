import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCircles } from '../../src/lib/data/makeCircles';
import { makeMoons } from '../../src/lib/data/makeMoons';
import { experimentData } from '../../src/lib/experiments/experimentData';
import { experimentById } from '../../src/lib/experiments/registry';
import { runExperiment } from '../../src/lib/experiments/runExperiment';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The experiment trained with its own settings: test figures, method, and tensors left behind. */
async function trained(id: string, overrides = {}) {
  const before = tf.memory().numTensors;
  const config = experimentById(id);
  const run = await runExperiment(config, { overrides, live: { everyEpoch: false, ...(config.grid ? { grid: config.grid } : {}) } });
  return { run, leaked: tf.memory().numTensors - before };
}

describe('the experiments beyond a straight line', () => {
  it('draw their data with make_moons and make_circles, 800 to train and 200 to test', () => {
    const moons = experimentData(experimentById('moons'));
    expect(moons.all.X).toEqual(makeMoons({ nSamples: 1000, noise: 0.15, randomState: 42 }).X);
    expect([moons.XTrain.length, moons.XTest.length, moons.outputs]).toEqual([800, 200, 2]);
    expect(moons.yTrainRows[0]).toEqual(moons.yTrain[0] === 0 ? [1, 0] : [0, 1]);
    const circles = experimentData(experimentById('circles'));
    expect(circles.all.X).toEqual(makeCircles({ nSamples: 1000, noise: 0.1, factor: 0.5, randomState: 42 }).X);
    // The linear twins train on the very same points.
    expect(experimentData(experimentById('moons-linear')).XTrain).toEqual(moons.XTrain);
    expect(experimentData(experimentById('circles-linear')).XTest).toEqual(circles.XTest);
  });

  it('moons: the hidden layer reaches 0.97 test accuracy, the linear softmax stays well below', async () => {
    const deep = await trained('moons');
    const line = await trained('moons-linear');
    expect(deep.run.training.method).toBe('hiddenLayerGradient');
    expect(line.run.training.method).toBe('softmaxGradient');
    expect(deep.run.result!.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(line.run.result!.accuracy).toBeLessThan(0.9);
    expect(line.run.result!.accuracy).toBeGreaterThan(0.8);
    expect([deep.leaked, line.leaked]).toEqual([0, 0]);
    // The moons' own grid, 100 x 100 over [-2.5, 2.5]^2, holds both classes.
    expect(deep.run.predictions!.gridClasses).toHaveLength(10000);
    expect(new Set(deep.run.predictions!.gridClasses)).toEqual(new Set([0, 1]));
  });

  it('circles: the hidden layer gets the ring right, the linear softmax does no better than a coin', async () => {
    const deep = await trained('circles');
    const line = await trained('circles-linear');
    expect(deep.run.result!.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(line.run.result!.accuracy).toBeLessThan(0.6);
    expect([deep.leaked, line.leaked]).toEqual([0, 0]);
  });

  it('sine: one hidden layer comes near the noise floor of 0.01, a single sigmoid unit stays far above', async () => {
    const deep = await trained('sine');
    const unit = await trained('sine', { model: { hidden: 0 } });
    expect(deep.run.training.method).toBe('hiddenLayerGradient');
    expect(unit.run.training.method).toBe('sigmoidGradient');
    expect(deep.run.result!.loss).toBeLessThan(0.015);
    expect(unit.run.result!.loss).toBeGreaterThan(0.3);
    expect([deep.leaked, unit.leaked]).toEqual([0, 0]);
  });
});
