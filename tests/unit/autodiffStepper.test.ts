import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { toCategorical } from '../../src/lib/data/toCategorical';
import { autodiffStepper } from '../../src/lib/model/autodiffStepper';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { sgdReference } from '../../src/lib/model/sgdReference';
import { RandomState } from '../../src/lib/random/RandomState';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('autodiffStepper', () => {
  it('takes the same SGD steps as the written-out gradient on the softmax classifier', () => {
    // Inputs scaled down so that no probability falls below Keras' clipping threshold (1e-7),
    // where the clipped loss has a zero gradient and the written-out one does not.
    const blobs = makeBlobs({ nSamples: 200, centers: 4, clusterStd: 2, randomState: 101 });
    const x = blobs.X.map((row) => row.map((v) => v / 5));
    const y = toCategorical(blobs.y, 4);
    const model = buildSoftmaxClassifier({ seed: 3 });
    const [kernel, bias] = model.getWeights().map((w) => w.arraySync()) as [number[][], number[]];
    const xt = tf.tensor2d(x);
    const yt = tf.tensor2d(y);
    const stepper = autodiffStepper({ model, x: xt, y: yt, batchSize: 8, learningRate: 0.01, loss: 'categoricalCrossentropy' });
    const rng = new RandomState(4);
    for (let epoch = 0; epoch < 2; epoch++) {
      const steps = stepper.beginEpoch(rng.permutation(200));
      for (let s = 0; s < steps; s++) stepper.step(s);
      stepper.endEpoch();
    }
    stepper.dispose();
    const reference = sgdReference({ activation: 'softmax', x, y, kernel, bias, epochs: 2, batchSize: 8, learningRate: 0.01, seed: 4 });
    const trained = model.getWeights()[0].arraySync() as number[][];
    trained.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - reference.kernel[i][j])).toBeLessThan(1e-5)));
    expect(Math.abs(trained[0][0] - kernel[0][0])).toBeGreaterThan(1e-3);
    tf.dispose([xt, yt]);
    model.dispose();
  });
});
