import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hiddenLayerReference } from '../../src/lib/model/hiddenLayerReference';
import { train } from '../../src/lib/model/train';
import { flatWeights, NET_CASES, netWeights, tensorCount } from './support/hiddenNets';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('hiddenLayerReference', () => {
  it.each(NET_CASES.map((c) => [c.name, c] as const))('%s: train() gives its weights after 4 epochs of batch 10, shuffles included', async (_, c) => {
    const model = c.build();
    const start = netWeights(model);
    const before = tensorCount();
    const settings = { epochs: 4, batchSize: 10, learningRate: 0.2, seed: 11 };
    const result = await train(model, { x: c.x, y: c.y }, { ...settings, loss: c.loss });
    expect(result.method).toBe('hiddenLayerGradient');
    expect(result.status).toBe('completed');
    expect(tensorCount()).toBe(before);
    const trained = flatWeights(netWeights(model));
    model.dispose();
    const reference = hiddenLayerReference({ hidden: c.hidden, output: c.output, x: c.x, y: c.y, weights: start, ...settings });
    expect(reference.steps).toBe(4 * Math.ceil(c.x.length / 10));
    // Double precision in both; the model holds float32 copies.
    flatWeights(reference.weights).forEach((v, i) => expect(Math.abs(v - trained[i])).toBeLessThan(1e-6 * Math.max(1, Math.abs(v))));
    // Another shuffle seed ends elsewhere: the comparison can fail.
    const other = hiddenLayerReference({ hidden: c.hidden, output: c.output, x: c.x, y: c.y, weights: start, ...settings, seed: 12 });
    expect(Math.max(...flatWeights(other.weights).map((v, i) => Math.abs(v - trained[i])))).toBeGreaterThan(1e-4);
  });

  it('leaves the starting weights it was given unchanged', () => {
    const c = NET_CASES[2];
    const model = c.build();
    const start = netWeights(model);
    model.dispose();
    const copy = structuredClone(start);
    hiddenLayerReference({ hidden: c.hidden, output: c.output, x: c.x, y: c.y, weights: start, epochs: 1, batchSize: 5, learningRate: 0.1, seed: 0 });
    expect(start).toEqual(copy);
  });
});
