import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHiddenLayerClassifier } from '../../src/lib/model/buildHiddenLayerClassifier';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { glorotUniform } from '../../src/lib/model/glorotUniform';
import { RandomState } from '../../src/lib/random/RandomState';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const describeLayers = (m: ReturnType<typeof buildHiddenLayerClassifier>) =>
  m.layers.map((l) => [l.getClassName(), l.getConfig().units, l.getConfig().activation]);

describe('buildHiddenLayerClassifier', () => {
  it('is Dense(H, activation) then Dense(classes, softmax), both seeded from one generator', () => {
    const model = buildHiddenLayerClassifier({ hidden: 8, activation: 'tanh', classes: 3, seed: 2 });
    expect(describeLayers(model)).toEqual([['Dense', 8, 'tanh'], ['Dense', 3, 'softmax']]);
    const rng = new RandomState(2);
    const expected = [glorotUniform(2, 8, rng), glorotUniform(8, 3, rng)];
    model.layers.forEach((layer, i) => {
      const [kernel, bias] = layer.getWeights().map((w) => w.arraySync()) as [number[][], number[]];
      kernel.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(expected[i][r][c], 6)));
      expect(bias.every((b) => b === 0)).toBe(true);
    });
    model.dispose();
  });

  it('defaults to relu over 2 inputs and 2 classes', () => {
    const model = buildHiddenLayerClassifier({ hidden: 4, seed: 0 });
    expect(describeLayers(model)).toEqual([['Dense', 4, 'relu'], ['Dense', 2, 'softmax']]);
    expect(model.inputs[0].shape).toEqual([null, 2]);
    model.dispose();
  });

  it('with 0 hidden units is the lesson’s linear softmax, weights and all', () => {
    const model = buildHiddenLayerClassifier({ hidden: 0, classes: 2, seed: 7 });
    const lesson = buildSoftmaxClassifier({ classes: 2, seed: 7 });
    expect(describeLayers(model)).toEqual(describeLayers(lesson));
    expect(model.getWeights().map((w) => w.arraySync())).toEqual(lesson.getWeights().map((w) => w.arraySync()));
    model.dispose();
    lesson.dispose();
  });

  it('refuses negative or fractional sizes and unknown activations', () => {
    expect(() => buildHiddenLayerClassifier({ hidden: -1, seed: 0 })).toThrow(/hidden must be an integer >= 0/);
    expect(() => buildHiddenLayerClassifier({ hidden: 2.5, seed: 0 })).toThrow(RangeError);
    expect(() => buildHiddenLayerClassifier({ hidden: 3, classes: 1, seed: 0 })).toThrow(/classes/);
    expect(() => buildHiddenLayerClassifier({ hidden: 3, activation: 'softplus' as 'relu', seed: 0 })).toThrow(/activation/);
  });
});
