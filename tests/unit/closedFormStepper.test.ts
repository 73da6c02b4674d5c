import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { toCategorical } from '../../src/lib/data/toCategorical';
import { buildLinearSoftmax } from '../../src/lib/model/buildLinearSoftmax';
import { buildRegressor } from '../../src/lib/model/buildRegressor';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { closedFormStepper } from '../../src/lib/model/closedFormStepper';
import { sgdReference } from '../../src/lib/model/sgdReference';
import { RandomState } from '../../src/lib/random/RandomState';

afterAll(async () => {
  await tf.setBackend('cpu');
});

const blobs = makeBlobs({ nSamples: 130, centers: 4, clusterStd: 2, randomState: 101 });
const y = toCategorical(blobs.y, 4);
const curveX = Array.from({ length: 40 }, (_, i) => [-8 + (16 * i) / 39]);
const curveY = curveX.map(([v]) => [1 / (1 + Math.exp(v))]);

function runStepper(kind: 'softmax' | 'sigmoid', x: number[][], target: number[][], batchSize: number, learningRate: number, epochs: number) {
  const model = kind === 'softmax' ? buildSoftmaxClassifier({ seed: 6 }) : buildRegressor({ seed: 6 });
  const [kernel, bias] = model.getWeights().map((w) => w.arraySync()) as [number[][], number[]];
  const xt = tf.tensor2d(x);
  const yt = tf.tensor2d(target);
  const [kv, bv] = model.layers[0].trainableWeights;
  const stepper = closedFormStepper({ kind, kernel: kv, bias: bv, x: xt, y: yt, batchSize, learningRate });
  const rng = new RandomState(2);
  for (let e = 0; e < epochs; e++) {
    const steps = stepper.beginEpoch(rng.permutation(x.length));
    for (let s = 0; s < steps; s++) stepper.step(s);
    stepper.endEpoch();
  }
  stepper.dispose();
  tf.dispose([xt, yt]);
  const trained = model.getWeights().map((w) => w.arraySync()) as [number[][], number[]];
  model.dispose();
  const activation = kind;
  const reference = sgdReference({ activation, x, y: target, kernel, bias, epochs, batchSize, learningRate, seed: 2 });
  return { trained, reference };
}

describe.each(['cpu', 'wasm'])('closedFormStepper on the %s backend', (backend) => {
  it('takes the reference SGD steps, writes them into the layer and frees its tensors', async () => {
    expect(await tf.setBackend(backend)).toBe(true);
    const before = tf.memory().numTensors;
    // 130 rows in batches of 8: the last batch of each epoch has 2 rows.
    const soft = runStepper('softmax', blobs.X, y, 8, 0.02, 3);
    const sig = runStepper('sigmoid', curveX, curveY, 16, 0.5, 10);
    for (const { trained, reference } of [soft, sig]) {
      trained[0].forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - reference.kernel[i][j])).toBeLessThan(1e-5)));
      trained[1].forEach((v, j) => expect(Math.abs(v - reference.bias[j])).toBeLessThan(1e-5));
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it("leaves weights the layers can use: a linear Dense (fused with its bias) still predicts", () => {
    const model = buildLinearSoftmax({ seed: 1 });
    const xt = tf.tensor2d(blobs.X);
    const yt = tf.tensor2d(blobs.y.map((c) => (c % 2 ? [0, 1] : [1, 0])));
    const [kv, bv] = model.getLayer('wx_b').trainableWeights;
    const stepper = closedFormStepper({ kind: 'softmax', kernel: kv, bias: bv, x: xt, y: yt, batchSize: 32, learningRate: 0.01 });
    stepper.beginEpoch(blobs.X.map((_, i) => i));
    stepper.step(0);
    stepper.endEpoch();
    stepper.dispose();
    const p = tf.tidy(() => (model.predict(xt) as tf.Tensor).arraySync() as number[][]);
    expect(p[0][0] + p[0][1]).toBeCloseTo(1, 5);
    tf.dispose([xt, yt]);
    model.dispose();
  });
});
