import * as tf from '@tensorflow/tfjs-core';
import type { LayerVariable } from '@tensorflow/tfjs-layers';
import { batchSizes, type SgdData, type Stepper } from './Stepper';

/** The hidden layer's non-linearity; its derivative is written in terms of its output h. */
export type HiddenKind = 'relu' | 'tanh' | 'sigmoid' | 'linear';
/** The output layer with its loss: softmax + cross-entropy, or a linear or sigmoid unit + squared error. */
export type OutputKind = 'softmax' | 'linear' | 'sigmoid';

export interface HiddenLayerStepperOptions extends SgdData {
  hidden: HiddenKind;
  output: OutputKind;
  /** Kernel and bias of the hidden layer, then of the output layer. */
  weights: [LayerVariable, LayerVariable, LayerVariable, LayerVariable];
}

interface Net {
  inputs: number;
  units: number;
  outputs: number;
  /** W1 (inputs x units), b1, W2 (units x outputs), b2, row-major, in double precision. */
  w: Float64Array[];
  /** Their gradients over the current batch, same layout. */
  g: Float64Array[];
}

/**
 * SGD for Dense(H, activation) then Dense(K, output), with the gradient written out by
 * backpropagation instead of taped by automatic differentiation. For one row:
 *   a = x W1 + b1,  h = f(a),  z = h W2 + b2,
 *   dL/dz = p − y (softmax + cross-entropy) or 2 (z − y) / K (squared error, times p (1 − p)
 *   through a sigmoid output),
 *   dL/dW2 = hᵀ dL/dz,  dL/dh = dL/dz W2ᵀ,  dL/da = dL/dh · f′(a),  dL/dW1 = xᵀ dL/da,
 * with f′ from f's own output: relu 1 where h > 0, tanh 1 − h², sigmoid h (1 − h). The batch's
 * gradients are averaged, as Keras' mean loss does.
 *
 * A model this small does a few hundred multiplications a row, far less work than TF.js spends
 * dispatching the two dozen kernels a taped step needs, so the loop runs in plain TypeScript on
 * the data read from the backend once, in double precision, allocating nothing per step. The
 * weights are written to the layers' own variables (as float32) at the end of every epoch and
 * when training stops, so the Layers model stays the reference for metrics and predictions.
 * As in closedFormStepper, p − y ignores Keras' clipping of probabilities below 1e-7.
 */
export function hiddenLayerStepper(o: HiddenLayerStepperOptions): Stepper {
  const { hidden, output, weights, x, y, batchSize, learningRate } = o;
  const [n, inputs] = x.shape;
  const [units, outputs] = weights[2].shape as [number, number];
  const xs = x.dataSync() as Float32Array;
  const ys = y.dataSync() as Float32Array;
  const w = weights.map((v) => Float64Array.from(v.read().dataSync() as Float32Array));
  const net: Net = { inputs, units, outputs, w, g: w.map((a) => new Float64Array(a.length)) };
  const scratch = { h: new Float64Array(units), z: new Float64Array(outputs), dh: new Float64Array(units) };
  const sizes = batchSizes(n, batchSize);
  let order: readonly number[] = [];
  let starts: number[] = [];

  return {
    method: 'hiddenLayerGradient',
    beginEpoch(o) {
      order = o;
      starts = sizes.map((_, s) => s * batchSize);
      return sizes.length;
    },
    step(s) {
      for (const g of net.g) g.fill(0);
      for (let r = starts[s]; r < starts[s] + sizes[s]; r++) {
        const row = order[r];
        accumulateRow(net, hidden, output, xs, row * inputs, ys, row * outputs, scratch);
      }
      const rate = learningRate / sizes[s];
      net.w.forEach((wk, k) => {
        const gk = net.g[k];
        for (let i = 0; i < wk.length; i++) wk[i] -= rate * gk[i];
      });
    },
    endEpoch() {
      tf.tidy(() => {
        weights.forEach((v, k) => v.write(tf.tensor(Float32Array.from(net.w[k]), v.shape as number[])));
      });
    },
    dispose() {},
  };
}

/** Forward and backward pass of one row, adding its gradients to net.g. */
function accumulateRow(
  net: Net,
  hidden: HiddenKind,
  output: OutputKind,
  xs: Float32Array,
  xo: number,
  ys: Float32Array,
  yo: number,
  s: { h: Float64Array; z: Float64Array; dh: Float64Array },
): void {
  const { inputs, units, outputs } = net;
  const [w1, b1, w2, b2] = net.w;
  const [g1, gb1, g2, gb2] = net.g;
  const { h, z, dh } = s;
  for (let j = 0; j < units; j++) {
    let a = b1[j];
    for (let i = 0; i < inputs; i++) a += xs[xo + i] * w1[i * units + j];
    h[j] = activate(hidden, a);
  }
  for (let k = 0; k < outputs; k++) {
    let v = b2[k];
    for (let j = 0; j < units; j++) v += h[j] * w2[j * outputs + k];
    z[k] = v;
  }
  outputGradient(output, z, ys, yo, outputs);
  for (let j = 0; j < units; j++) {
    let back = 0;
    for (let k = 0; k < outputs; k++) {
      g2[j * outputs + k] += h[j] * z[k];
      back += z[k] * w2[j * outputs + k];
    }
    dh[j] = back * slope(hidden, h[j]);
  }
  for (let k = 0; k < outputs; k++) gb2[k] += z[k];
  for (let j = 0; j < units; j++) {
    gb1[j] += dh[j];
    for (let i = 0; i < inputs; i++) g1[i * units + j] += xs[xo + i] * dh[j];
  }
}

function activate(kind: HiddenKind, a: number): number {
  if (kind === 'relu') return a > 0 ? a : 0;
  if (kind === 'tanh') return Math.tanh(a);
  if (kind === 'sigmoid') return 1 / (1 + Math.exp(-a));
  return a;
}

/** f′(a) from h = f(a). ReLU's slope at 0 is taken as 0, as TF.js does. */
function slope(kind: HiddenKind, h: number): number {
  if (kind === 'relu') return h > 0 ? 1 : 0;
  if (kind === 'tanh') return 1 - h * h;
  if (kind === 'sigmoid') return h * (1 - h);
  return 1;
}

/** Replaces the scores z by dL/dz for one row (without the batch's 1 / B). */
function outputGradient(kind: OutputKind, z: Float64Array, ys: Float32Array, yo: number, outputs: number): void {
  if (kind === 'softmax') {
    let max = -Infinity;
    for (let k = 0; k < outputs; k++) max = Math.max(max, z[k]);
    let sum = 0;
    for (let k = 0; k < outputs; k++) sum += z[k] = Math.exp(z[k] - max);
    for (let k = 0; k < outputs; k++) z[k] = z[k] / sum - ys[yo + k];
    return;
  }
  for (let k = 0; k < outputs; k++) {
    const p = kind === 'sigmoid' ? 1 / (1 + Math.exp(-z[k])) : z[k];
    const d = (2 * (p - ys[yo + k])) / outputs;
    z[k] = kind === 'sigmoid' ? d * p * (1 - p) : d;
  }
}
