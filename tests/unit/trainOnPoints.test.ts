import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import type { DataMessage, TrainSettings } from '../../src/lib/training/protocol';
import { hostHarness } from './support/hostHarness';
import { settingsProblem } from '../../src/lib/training/settingsProblem';
import { runExperiment } from '../../src/lib/experiments/runExperiment';
import { experimentById } from '../../src/lib/experiments/registry';

// Three clusters a reader might click: classes 0, 1 and 2 (the model then has three outputs).
const points = {
  X: Array.from({ length: 31 }, (_, i) => [(i % 3) * 8 - 8 + (i % 5) * 0.3, (i % 3) * -6 + 4 + (i % 7) * 0.2]),
  y: Array.from({ length: 31 }, (_, i) => i % 3),
};
const settings: TrainSettings = {
  experiment: 'blobs2',
  data: { nSamples: 4000 },
  points,
  epochs: 30,
  batchSize: 4,
  learningRate: 0.05,
  seed: 1,
  sendData: true,
  livePredictions: true,
  grid: { n: 8, extent: 20 },
};

describe('training on a reader’s points', () => {
  it('the worker host splits the points, trains three outputs, and frees every tensor', async () => {
    const { host, events, until, send } = hostHarness();
    await host.ready;
    const before = tf.memory().numTensors;
    send({ type: 'train', runId: 1, settings });
    const done = await until((m) => m.type === 'done' || m.type === 'error');
    if (done.type !== 'done') throw new Error(done.type === 'error' ? done.message : 'unexpected');
    const data = events.find((m): m is DataMessage => m.type === 'data')!;
    expect(data.xTest).toHaveLength(Math.ceil(0.2 * 31));
    expect(data.xTrain).toHaveLength(31 - Math.ceil(0.2 * 31));
    expect(done.status).toBe('completed');
    expect(done.weights?.bias).toHaveLength(3);
    expect(done.predictions?.test).toHaveLength(7);
    expect(done.predictions?.gridClasses).toHaveLength(64);
    // Three well-separated clusters: a linear softmax separates them.
    expect(done.test?.accuracy).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('runExperiment gives the model one output per label up to the largest', async () => {
    const run = await runExperiment(experimentById('blobs4'), {
      overrides: { points: { X: [[0, 0], [1, 1], [5, 5], [6, 6], [-3, 2]], y: [0, 0, 5, 5, 0] }, epochs: 1 },
    });
    expect(run.config.model).toMatchObject({ classes: 6 });
    expect(run.weights.bias).toHaveLength(6);
    expect(run.data.XTest).toHaveLength(1);
  });

  it.each([
    ['an experiment without classes', { ...settings, experiment: 'regression' }, /takes no points/],
    ['a single class', { ...settings, points: { X: [[0, 0], [1, 1]], y: [1, 1] } }, /All points are of class 1/],
    ['a label too large', { ...settings, points: { X: [[0, 0], [1, 1]], y: [0, 9] } }, /label 9/],
    ['a NaN coordinate', { ...settings, points: { X: [[0, 0], [1, NaN]], y: [0, 1] } }, /Point 1 must be two finite numbers/],
    ['too many points', { ...settings, points: { X: Array(20_001).fill([0, 0]), y: Array(20_001).fill(0) } }, /At most 20000/],
    ['points that are not arrays', { ...settings, points: { X: {}, y: [] } as never }, /must be arrays/],
  ])('settingsProblem refuses %s', (_name, s, message) => {
    expect(settingsProblem(s as TrainSettings)).toMatch(message);
  });

  it('settingsProblem takes good points', () => {
    expect(settingsProblem(settings)).toBeUndefined();
  });
});
