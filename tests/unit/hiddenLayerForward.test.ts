import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hiddenLayerForward } from '../../src/lib/model/hiddenLayerForward';
import { NET_CASES, netWeights, shiftBiases } from './support/hiddenNets';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('hiddenLayerForward', () => {
  it.each(NET_CASES.map((c) => [c.name, c] as const))('%s: the outputs the Layers model predicts', (_, c) => {
    const model = c.build();
    shiftBiases(model);
    const w = netWeights(model);
    const x = tf.tensor2d(c.x);
    const predicted = tf.tidy(() => (model.predict(x) as tf.Tensor2D).arraySync());
    c.x.forEach((row, n) => {
      const { p, h, a } = hiddenLayerForward(w, c.hidden, c.output, row);
      expect(h).toHaveLength(a.length);
      p.forEach((v, k) => expect(Math.abs(v - predicted[n][k])).toBeLessThan(2e-6));
    });
    x.dispose();
    model.dispose();
  });

  it('softmax outputs sum to 1 and relu zeroes negative pre-activations', () => {
    const w = { kernel1: [[1, -1]], bias1: [0, 0], kernel2: [[1, 0], [0, 1]], bias2: [0, 0] };
    const { h, p } = hiddenLayerForward(w, 'relu', 'softmax', [2]);
    expect(h).toEqual([2, 0]);
    expect(p[0] + p[1]).toBeCloseTo(1, 15);
    expect(p[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1), 15);
  });
});
