import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { glorotUniform } from '../../src/lib/model/glorotUniform';
import { RandomState } from '../../src/lib/random/RandomState';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('buildSoftmaxClassifier', () => {
  it('is one Dense(classes, softmax) layer on `inputs` features', () => {
    const model = buildSoftmaxClassifier({ seed: 1 });
    expect(model.layers).toHaveLength(1);
    const [dense] = model.layers;
    expect(dense.getClassName()).toBe('Dense');
    expect(dense.getConfig().activation).toBe('softmax');
    expect(model.inputs[0].shape).toEqual([null, 2]);
    expect(model.outputs[0].shape).toEqual([null, 4]);
    model.dispose();
  });

  it('starts from a seeded Glorot-uniform kernel and a zero bias', () => {
    const model = buildSoftmaxClassifier({ inputs: 3, classes: 5, seed: 11 });
    const [kernel, bias] = model.getWeights().map((w) => w.arraySync());
    const expected = glorotUniform(3, 5, new RandomState(11));
    (kernel as number[][]).forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 6)));
    expect(bias).toEqual([0, 0, 0, 0, 0]);
    model.dispose();
  });

  it('leaves no tensor behind once disposed', () => {
    const before = tf.memory().numTensors;
    buildSoftmaxClassifier({ seed: 3 }).dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects a class count below 2', () => {
    expect(() => buildSoftmaxClassifier({ classes: 1, seed: 1 })).toThrow(/classes/);
  });
});
