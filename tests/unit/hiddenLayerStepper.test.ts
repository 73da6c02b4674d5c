import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { autodiffStepper } from '../../src/lib/model/autodiffStepper';
import { hiddenLayerForward, type HiddenLayerWeights } from '../../src/lib/model/hiddenLayerForward';
import { hiddenLayerStepper } from '../../src/lib/model/hiddenLayerStepper';
import type { Stepper, StepperOptions } from '../../src/lib/model/Stepper';
import { RandomState } from '../../src/lib/random/RandomState';
import { flatWeights, NET_CASES, netWeights, tensorCount, type NetCase } from './support/hiddenNets';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The mean loss Keras minimises, in plain numbers (cross-entropy unclipped: no p is near 0 here). */
function meanLoss(c: NetCase, w: HiddenLayerWeights): number {
  let sum = 0;
  c.x.forEach((x, n) => {
    const { p } = hiddenLayerForward(w, c.hidden, c.output, x);
    const y = c.y[n];
    sum += c.output === 'softmax' ? -Math.log(p[y.indexOf(1)]) : p.reduce((s, v, k) => s + (v - y[k]) ** 2, 0) / p.length;
  });
  return sum / c.x.length;
}

/** Central differences of meanLoss with respect to every weight, in flatWeights' order. */
function numericGradient(c: NetCase, w: HiddenLayerWeights): number[] {
  const h = 1e-6;
  const out: number[] = [];
  const parts: (number[] | number[][])[] = [w.kernel1, w.bias1, w.kernel2, w.bias2];
  for (const part of parts) {
    const rows = (Array.isArray(part[0]) ? part : [part]) as number[][];
    for (const row of rows) {
      for (let j = 0; j < row.length; j++) {
        const keep = row[j];
        row[j] = keep + h;
        const up = meanLoss(c, w);
        row[j] = keep - h;
        const down = meanLoss(c, w);
        row[j] = keep;
        out.push((up - down) / (2 * h));
      }
    }
  }
  return out;
}

type Make = (o: StepperOptions) => Stepper;
const fast: Make = (o) => {
  const weights = o.model.trainableWeights as unknown as Parameters<typeof hiddenLayerStepper>[0]['weights'];
  const kinds = NET_CASES.find((c) => c.loss === o.loss && o.model.layers[1].getConfig().activation === c.output && o.model.layers[0].getConfig().activation === c.hidden)!;
  return hiddenLayerStepper({ ...o, weights, hidden: kinds.hidden, output: kinds.output });
};

/** The model's weights after `epochs` epochs of `make`'s steps, shuffled by seed 4. */
function trainWith(make: Make, c: NetCase, batchSize: number, learningRate: number, epochs: number): number[] {
  const model = c.build();
  const x = tf.tensor2d(c.x);
  const y = tf.tensor2d(c.y);
  const stepper = make({ model, x, y, batchSize, learningRate, loss: c.loss });
  const rng = new RandomState(4);
  for (let e = 0; e < epochs; e++) {
    const steps = stepper.beginEpoch(rng.permutation(c.x.length));
    for (let s = 0; s < steps; s++) stepper.step(s);
    stepper.endEpoch();
  }
  const out = flatWeights(netWeights(model));
  stepper.dispose();
  tf.dispose([x, y]);
  model.dispose();
  return out;
}

describe('hiddenLayerStepper', () => {
  it.each(NET_CASES.map((c) => [c.name, c] as const))('%s: one step over all rows moves every weight by its finite-difference gradient', (_, c) => {
    const model = c.build();
    const start = netWeights(model);
    model.dispose();
    const numeric = numericGradient(c, start);
    // One batch of every row with learning rate 1: the step is exactly minus the mean gradient.
    const after = trainWith(fast, c, c.x.length, 1, 1);
    const moved = flatWeights(start).map((v, i) => v - after[i]);
    const scale = Math.max(...numeric.map(Math.abs));
    expect(scale).toBeGreaterThan(1e-3);
    moved.forEach((m, i) => expect(Math.abs(m - numeric[i])).toBeLessThan(2e-6 + 1e-4 * scale));
  });

  it.each(NET_CASES.map((c) => [c.name, c] as const))('%s: the same weights as TF.js automatic differentiation after 3 epochs', (_, c) => {
    const mine = trainWith(fast, c, 8, 0.1, 3);
    const taped = trainWith(autodiffStepper, c, 8, 0.1, 3);
    const start = flatWeights(netWeights(c.build()));
    // float32 autodiff against double precision: close, and far closer than the distance travelled.
    const travelled = Math.max(...start.map((v, i) => Math.abs(v - taped[i])));
    expect(travelled).toBeGreaterThan(1e-2);
    mine.forEach((v, i) => expect(Math.abs(v - taped[i])).toBeLessThan(1e-4));
  });

  it('makes no tensor it does not free, whatever the number of epochs', () => {
    const c = NET_CASES[0];
    const model = c.build();
    const x = tf.tensor2d(c.x);
    const y = tf.tensor2d(c.y);
    const before = tensorCount();
    const stepper = fast({ model, x, y, batchSize: 16, learningRate: 0.1, loss: c.loss });
    for (let e = 0; e < 5; e++) {
      const steps = stepper.beginEpoch(new RandomState(e).permutation(c.x.length));
      for (let s = 0; s < steps; s++) stepper.step(s);
      stepper.endEpoch();
    }
    stepper.dispose();
    expect(tensorCount()).toBe(before);
    tf.dispose([x, y]);
    model.dispose();
  });
});
