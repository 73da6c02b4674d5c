import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegressor } from '../../src/lib/model/buildRegressor';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { evaluate } from '../../src/lib/model/evaluate';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('evaluate', () => {
  it('gives the mean clipped cross-entropy and the accuracy of a classifier', async () => {
    const model = buildSoftmaxClassifier({ inputs: 2, classes: 2, seed: 1 });
    // kernel rows are inputs: score_0 = 2 a, score_1 = 2 b.
    model.setWeights([tf.tensor2d([[2, 0], [0, 2]]), tf.zeros([2])]);
    const x = [[1, 0], [0, 1], [1, 0]];
    const y = [[1, 0], [0, 1], [0, 1]];
    const right = 1 / (1 + Math.exp(-2));
    const expected = -(Math.log(right) + Math.log(right) + Math.log(1 - right)) / 3;
    const result = await evaluate(model, x, y, 'categoricalCrossentropy');
    expect(result.loss).toBeCloseTo(expected, 5);
    expect(result.accuracy).toBeCloseTo(2 / 3, 6);
    model.dispose();
  });

  it('gives the mean squared error of a regressor, without accuracy', async () => {
    const model = buildRegressor({ seed: 1 });
    model.setWeights([tf.tensor2d([[0]]), tf.zeros([1])]);
    const result = await evaluate(model, [[3], [-3]], [[1], [0]], 'meanSquaredError');
    expect(result.loss).toBeCloseTo(0.25, 6);
    expect(result.accuracy).toBeUndefined();
    model.dispose();
  });

  it('frees what it makes', async () => {
    const model = buildSoftmaxClassifier({ seed: 1 });
    const before = tf.memory().numTensors;
    await evaluate(model, [[1, 2]], [[0, 1, 0, 0]]);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
