import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDenseStack } from '../../src/lib/model/denseStack';
import { denseStackForward } from '../../src/lib/model/denseStackForward';
import { disposeModel } from '../../src/lib/model/disposeModel';
import { NET_CASES, shiftBiases } from './support/hiddenNets';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function expectAsPredicted(model: tfl.LayersModel, x: number[][]): Promise<void> {
  const stack = (await readDenseStack(model))!;
  const plain = denseStackForward(stack, x.flat(), x.length);
  const predicted = tf.tidy(() => (model.predictOnBatch(tf.tensor2d(x)) as tf.Tensor2D).arraySync());
  expect(plain).toHaveLength(predicted.length * predicted[0].length);
  predicted.flat().forEach((v, k) => expect(Math.abs(plain[k] - v)).toBeLessThan(2e-6));
}

describe('denseStackForward', () => {
  it.each(NET_CASES.map((c) => [c.name, c] as const))('%s: the outputs TF.js predicts', async (_, c) => {
    const model = c.build();
    shiftBiases(model);
    await expectAsPredicted(model, c.x);
    disposeModel(model);
  });

  it('a softmax layer over four classes on points far apart', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [2], activation: 'softmax', kernelInitializer: 'ones' })] });
    await expectAsPredicted(model, [
      [-20, 20],
      [0, 0],
      [13.5, -7.25],
    ]);
    disposeModel(model);
  });

  it('refuses too few inputs for the rows asked for, with the counts', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 1, inputShape: [2] })] });
    const stack = (await readDenseStack(model))!;
    expect(() => denseStackForward(stack, [1, 2, 3], 2)).toThrow(/needs 4 inputs for 2 rows of 2; got 3/);
    disposeModel(model);
  });
});
