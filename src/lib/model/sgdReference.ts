import { RandomState } from '../random/RandomState';

export interface SgdReferenceOptions {
  /** 'softmax': cross-entropy on one-hot y; 'sigmoid': one unit, squared error. */
  activation: 'softmax' | 'sigmoid';
  x: number[][];
  y: number[][];
  /** Starting weights, Keras' layout (kernel inputs x units); not modified. */
  kernel: number[][];
  bias: number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Seed of the per-epoch shuffle, the same stream train() uses. */
  seed: number;
  /** Stop after this many steps in total (all of them by default). */
  maxSteps?: number;
}

/**
 * The same SGD run as train() on a single Dense layer, in plain double-precision TypeScript:
 * same shuffles, same batches, same update. It serves as an independent check of the TF.js
 * gradients, and shows how little arithmetic the lesson's models need.
 */
export function sgdReference(o: SgdReferenceOptions): { kernel: number[][]; bias: number[]; steps: number } {
  const { activation, x, y, epochs, batchSize, learningRate, seed } = o;
  const maxSteps = o.maxSteps ?? Infinity;
  const kernel = o.kernel.map((row) => row.slice());
  const bias = o.bias.slice();
  const inputs = kernel.length;
  const units = bias.length;
  const n = x.length;
  const rng = new RandomState(seed);
  const z = new Float64Array(units);
  const gK = kernel.map(() => new Float64Array(units));
  const gB = new Float64Array(units);
  let steps = 0;
  for (let epoch = 0; epoch < epochs && steps < maxSteps; epoch++) {
    const order = rng.permutation(n);
    for (let start = 0; start < n && steps < maxSteps; start += batchSize, steps++) {
      const end = Math.min(n, start + batchSize);
      gK.forEach((r) => r.fill(0));
      gB.fill(0);
      for (let r = start; r < end; r++) {
        const xi = x[order[r]];
        const yi = y[order[r]];
        for (let u = 0; u < units; u++) {
          let s = bias[u];
          for (let i = 0; i < inputs; i++) s += xi[i] * kernel[i][u];
          z[u] = s;
        }
        if (activation === 'softmax') {
          let max = -Infinity;
          for (let u = 0; u < units; u++) max = Math.max(max, z[u]);
          let sum = 0;
          for (let u = 0; u < units; u++) sum += z[u] = Math.exp(z[u] - max);
          // z now holds p - y, the gradient of the cross-entropy with respect to the scores.
          for (let u = 0; u < units; u++) z[u] = z[u] / sum - yi[u];
        } else {
          const p = 1 / (1 + Math.exp(-z[0]));
          z[0] = 2 * (p - yi[0]) * p * (1 - p);
        }
        for (let u = 0; u < units; u++) {
          gB[u] += z[u];
          for (let i = 0; i < inputs; i++) gK[i][u] += xi[i] * z[u];
        }
      }
      const step = learningRate / (end - start);
      for (let u = 0; u < units; u++) {
        bias[u] -= step * gB[u];
        for (let i = 0; i < inputs; i++) kernel[i][u] -= step * gK[i][u];
      }
    }
  }
  return { kernel, bias, steps };
}
