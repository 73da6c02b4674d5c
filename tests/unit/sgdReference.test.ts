import { describe, expect, it } from 'vitest';
import { sgdReference } from '../../src/lib/model/sgdReference';

describe('sgdReference', () => {
  it('takes one softmax step by the lesson gradient (p - y) x / B', () => {
    const r = sgdReference({
      activation: 'softmax',
      x: [[1, 2]],
      y: [[0, 1]],
      kernel: [[0, 0], [0, 0]],
      bias: [0, 0],
      epochs: 1,
      batchSize: 1,
      learningRate: 0.1,
      seed: 1,
    });
    // p = [0.5, 0.5], p - y = [0.5, -0.5].
    expect(r.kernel).toEqual([[-0.05, 0.05], [-0.1, 0.1]]);
    expect(r.bias).toEqual([-0.05, 0.05]);
    expect(r.steps).toBe(1);
  });

  it('averages the gradient over the batch and keeps the last, smaller batch', () => {
    const r = sgdReference({ activation: 'sigmoid', x: [[1], [1], [1]], y: [[1], [1], [1]], kernel: [[0]], bias: [0], epochs: 1, batchSize: 2, learningRate: 1, seed: 3 });
    expect(r.steps).toBe(2);
    // Each step: z = w + b, p = sigmoid(z), gradient 2 (p - 1) p (1 - p) on w and on b alike.
    let w = 0;
    for (let s = 0; s < 2; s++) {
      const p = 1 / (1 + Math.exp(-2 * w));
      w -= 2 * (p - 1) * p * (1 - p);
    }
    expect(r.kernel[0][0]).toBeCloseTo(w, 12);
    expect(r.bias[0]).toBeCloseTo(w, 12);
  });

  it('does not modify the starting weights it is given', () => {
    const kernel = [[0.5]];
    const bias = [0];
    sgdReference({ activation: 'sigmoid', x: [[1]], y: [[0]], kernel, bias, epochs: 2, batchSize: 1, learningRate: 1, seed: 1, maxSteps: 1 });
    expect(kernel).toEqual([[0.5]]);
    expect(bias).toEqual([0]);
  });
});
