import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLinearSoftmax } from '../../src/lib/model/buildLinearSoftmax';
import { glorotUniform } from '../../src/lib/model/glorotUniform';
import { RandomState } from '../../src/lib/random/RandomState';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('buildLinearSoftmax', () => {
  it("is a linear Dense named 'wx_b' followed by an Activation named 'softmax'", () => {
    const model = buildLinearSoftmax({ seed: 1 });
    expect(model.layers.map((l) => [l.name, l.getClassName(), l.getConfig().activation])).toEqual([
      ['wx_b', 'Dense', 'linear'],
      ['softmax', 'Activation', 'softmax'],
    ]);
    expect(model.outputs[0].shape).toEqual([null, 2]);
    model.dispose();
  });

  it('starts from the seeded Glorot-uniform kernel and outputs probabilities', () => {
    const model = buildLinearSoftmax({ seed: 5 });
    const kernel = model.getLayer('wx_b').getWeights()[0].arraySync() as number[][];
    const expected = glorotUniform(2, 2, new RandomState(5));
    kernel.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 6)));
    const p = tf.tidy(() => (model.predict(tf.tensor2d([[1, 2], [-3, 4]])) as tf.Tensor).arraySync() as number[][]);
    for (const row of p) expect(row[0] + row[1]).toBeCloseTo(1, 6);
    model.dispose();
  });
});
