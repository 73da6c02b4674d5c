import * as tf from '@tensorflow/tfjs-core';
import type { LayerVariable } from '@tensorflow/tfjs-layers';
import { batchSizes, type DenseStepperOptions, type Stepper } from './Stepper';

const f32 = Math.fround;

/**
 * The step of closedFormStepper done in plain loops on Float32Arrays, for the CPU backend. On a
 * model this small a TF.js kernel call costs far more in dispatch, tensor bookkeeping and
 * garbage than in arithmetic; here a step allocates nothing and calls no kernel.
 *
 * Every value is rounded to float32 exactly where the CPU backend's kernels store one, and the
 * sums run in the same order (matMul adds double-precision partial sums over blocks of
 * `blockSize` shared indices into a float32 result), so the weights after every step are the
 * same bits the tensor path gives. The data are read from the backend once; the weights live in
 * a Float32Array during training and are written to the layer's kernel and bias at the end of
 * every epoch (and when training stops), so the Layers model stays the reference. `blockSize`
 * is the CPU backend's matMul block size.
 */
export function float32Stepper(o: DenseStepperOptions & { blockSize: number }): Stepper {
  const { kind, kernel, bias, x, y, batchSize, learningRate, blockSize } = o;
  const [n, inputs] = x.shape;
  const units = (kernel.shape as [number, number])[1];
  const cols = inputs + 1;
  const sizes = batchSizes(n, batchSize);
  const xs = x.dataSync() as Float32Array;
  const ys = y.dataSync() as Float32Array;
  // The folded weights: the kernel's rows, then the bias as the row of the inputs' column of ones.
  const w = new Float32Array(cols * units);
  w.set(kernel.read().dataSync() as Float32Array);
  w.set(bias.read().dataSync() as Float32Array, inputs * units);
  // -gain * learningRate / B per batch, as a float32 tensor would hold it (gain 2 for the squared error).
  const scales = sizes.map((size) => f32((-(kind === 'sigmoid' ? 2 : 1) * learningRate) / size));
  const largest = Math.max(...sizes);
  const xb = new Float32Array(largest * cols);
  const xn = new Float32Array(largest * cols);
  const g = new Float32Array(largest * units);
  let order: readonly number[] = [];
  let starts: number[] = [];

  return {
    method: kind === 'softmax' ? 'softmaxGradient' : 'sigmoidGradient',
    beginEpoch(o) {
      order = o;
      starts = [];
      let start = 0;
      for (const size of sizes) {
        starts.push(start);
        start += size;
      }
      return sizes.length;
    },
    step(s) {
      const rows = sizes[s];
      gatherBatch(xs, order, starts[s], rows, inputs, scales[s], xb, xn);
      scoreGradient(kind, xb, w, ys, order, starts[s], rows, cols, units, blockSize, g);
      update(xn, g, w, rows, cols, units, blockSize);
    },
    endEpoch() {
      writeBack(w, kernel, bias, inputs, units);
    },
    dispose() {},
  };
}

/** The batch's rows with a column of ones (xb), and the same scaled by the batch's step (xn). */
function gatherBatch(
  xs: Float32Array,
  order: readonly number[],
  start: number,
  rows: number,
  inputs: number,
  scale: number,
  xb: Float32Array,
  xn: Float32Array,
): void {
  const cols = inputs + 1;
  for (let r = 0; r < rows; r++) {
    const from = order[start + r] * inputs;
    for (let i = 0; i < inputs; i++) {
      const v = xs[from + i];
      xb[r * cols + i] = v;
      xn[r * cols + i] = f32(v * scale);
    }
    xb[r * cols + inputs] = 1;
    xn[r * cols + inputs] = scale;
  }
}

/** g = dL/dz of the batch without the 1 / B: p - y (softmax) or (p - y) p (1 - p) (sigmoid). */
function scoreGradient(
  kind: 'softmax' | 'sigmoid',
  xb: Float32Array,
  w: Float32Array,
  ys: Float32Array,
  order: readonly number[],
  start: number,
  rows: number,
  cols: number,
  units: number,
  blockSize: number,
  g: Float32Array,
): void {
  for (let r = 0; r < rows; r++) {
    const o = r * units;
    // z = xb w, as batchMatMul sums it.
    for (let u = 0; u < units; u++) g[o + u] = blockedDot(xb, r * cols, 1, w, u, units, cols, blockSize);
    const target = order[start + r] * units;
    if (kind === 'softmax') softmaxMinusTarget(g, o, units, ys, target);
    else {
      const p = f32(1 / (1 + Math.exp(-g[o])));
      g[o] = f32(f32(p - ys[target]) * f32(p * f32(1 - p)));
    }
  }
}

/**
 * The sum over k < n of a[aAt + k aStep] b[bAt + k bStep], added as the CPU backend's matMul
 * adds it: double-precision partial sums over blocks of `blockSize` terms, each added into a
 * float32 total.
 */
function blockedDot(a: Float32Array, aAt: number, aStep: number, b: Float32Array, bAt: number, bStep: number, n: number, blockSize: number): number {
  let acc = 0;
  for (let k0 = 0; k0 < n; k0 += blockSize) {
    const end = Math.min(k0 + blockSize, n);
    let sum = 0.0;
    for (let k = k0; k < end; k++) sum += a[aAt + k * aStep] * b[bAt + k * bStep];
    acc = f32(acc + sum);
  }
  return acc;
}

/** Replaces the scores z[o..o+units) by softmax(z) - y, with the CPU Softmax kernel's steps. */
function softmaxMinusTarget(z: Float32Array, o: number, units: number, ys: Float32Array, target: number): void {
  let max = z[o];
  for (let u = 0; u < units; u++) {
    const v = z[o + u];
    if (Number.isNaN(v) || v > max) max = v;
  }
  let sum = 0;
  for (let u = 0; u < units; u++) {
    const e = f32(Math.exp(f32(z[o + u] - max)));
    z[o + u] = e;
    sum += e;
  }
  const total = f32(sum);
  for (let u = 0; u < units; u++) z[o + u] = f32(f32(z[o + u] / total) - ys[target + u]);
}

/** w = xn^T g + w, as the fused matMul computes it (the step's -lr / B is already in xn). */
function update(xn: Float32Array, g: Float32Array, w: Float32Array, rows: number, cols: number, units: number, blockSize: number): void {
  for (let i = 0; i < cols; i++) {
    for (let u = 0; u < units; u++) w[i * units + u] = f32(blockedDot(xn, i, cols, g, u, units, rows, blockSize) + w[i * units + u]);
  }
}

/** Splits the folded weights into the layer's kernel and bias. */
function writeBack(w: Float32Array, kernel: LayerVariable, bias: LayerVariable, inputs: number, units: number): void {
  tf.tidy(() => {
    kernel.write(tf.tensor2d(w.slice(0, inputs * units), [inputs, units]));
    bias.write(tf.tensor1d(w.slice(inputs * units)));
  });
}
