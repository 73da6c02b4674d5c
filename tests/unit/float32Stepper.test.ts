import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { toCategorical } from '../../src/lib/data/toCategorical';
import { buildRegressor } from '../../src/lib/model/buildRegressor';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { closedFormStepper } from '../../src/lib/model/closedFormStepper';
import { float32Stepper } from '../../src/lib/model/float32Stepper';
import type { Stepper } from '../../src/lib/model/Stepper';
import { RandomState } from '../../src/lib/random/RandomState';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const blobs = makeBlobs({ nSamples: 230, centers: 4, clusterStd: 2, randomState: 101 });
const blobY = toCategorical(blobs.y, 4);
const curveX = Array.from({ length: 150 }, (_, i) => [-20 + (40 * i) / 149]);
const curveY = curveX.map(([v]) => [1 / (1 + Math.exp(v)) + 0.05 * Math.sin(7 * v)]);

type Make = (o: Parameters<typeof closedFormStepper>[0]) => Stepper;

/** The weights after every epoch, as the bits of their float32 values. */
function weightsPerEpoch(make: Make, kind: 'softmax' | 'sigmoid', batchSize: number, learningRate: number): number[][] {
  const model = kind === 'softmax' ? buildSoftmaxClassifier({ seed: 3 }) : buildRegressor({ seed: 3 });
  const x = tf.tensor2d(kind === 'softmax' ? blobs.X : curveX);
  const y = tf.tensor2d(kind === 'softmax' ? blobY : curveY);
  const [kernel, bias] = model.layers[0].trainableWeights;
  const stepper = make({ kind, kernel, bias, x, y, batchSize, learningRate });
  const rng = new RandomState(4);
  const out: number[][] = [];
  for (let e = 0; e < 4; e++) {
    const steps = stepper.beginEpoch(rng.permutation(x.shape[0]));
    for (let s = 0; s < steps; s++) stepper.step(s);
    stepper.endEpoch();
    const values = model.getWeights().flatMap((w) => Array.from(w.dataSync()));
    out.push(Array.from(new Uint32Array(new Float32Array(values).buffer)));
  }
  stepper.dispose();
  tf.dispose([x, y]);
  model.dispose();
  return out;
}

const cpuBlockSize = () => (tf.backend() as unknown as { blockSize: number }).blockSize;

describe('float32Stepper', () => {
  // Batch sizes below, at and above the CPU matMul's block of 48 rows, each with a shorter last batch.
  it.each([
    ['softmax', 4, 0.01],
    ['softmax', 48, 0.5],
    ['softmax', 128, 0.05],
    ['sigmoid', 1, 0.01],
    ['sigmoid', 64, 1],
    ['sigmoid', 128, 0.3],
  ] as const)('%s, batch %i, learning rate %s: the same float32 weights as the CPU kernels, epoch by epoch', (kind, batchSize, lr) => {
    const fast = weightsPerEpoch((o) => float32Stepper({ ...o, blockSize: cpuBlockSize() }), kind, batchSize, lr);
    const kernels = weightsPerEpoch(closedFormStepper, kind, batchSize, lr);
    expect(fast).toEqual(kernels);
    // Training moved the weights, so the comparison is not between two untouched copies.
    expect(fast[3]).not.toEqual(fast[0]);
  });

  it('with a different block size the sums run in another order, so the block size is taken from the backend', () => {
    const fast = weightsPerEpoch((o) => float32Stepper({ ...o, blockSize: 7 }), 'softmax', 128, 0.05);
    const kernels = weightsPerEpoch(closedFormStepper, 'softmax', 128, 0.05);
    expect(fast).not.toEqual(kernels);
  });

  it('frees every tensor it makes', () => {
    const before = tf.memory().numTensors;
    weightsPerEpoch((o) => float32Stepper({ ...o, blockSize: cpuBlockSize() }), 'softmax', 48, 0.5);
    expect(tf.memory().numTensors).toBe(before);
  });
});
