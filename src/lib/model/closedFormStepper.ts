import * as tf from '@tensorflow/tfjs-core';
import type { LayerVariable } from '@tensorflow/tfjs-layers';
import * as k from './kernels';
import { batchSizes, type DenseStepperOptions, type Stepper } from './Stepper';

/**
 * SGD for a single Dense layer whose loss gradient with respect to the scores z is known in
 * closed form, so no gradient tape is needed:
 *   softmax + cross-entropy:  dL/dz = (p - y) / B
 *   sigmoid + squared error:  dL/dz = 2 (p - y) p (1 - p) / B
 * With a model this small every TF.js operation costs far more in dispatch than in arithmetic,
 * so the step is written in as few kernels as possible:
 * - the bias is folded into the kernel as an extra input row (inputs get a column of ones),
 *   so one matMul gives the scores and one gives both gradients;
 * - the rows are pre-scaled once per epoch by -learningRate / B (B the size of their batch), and
 *   the update W - lr * X^T g / B is a single fused matMul whose "bias" is W itself;
 * - the kernels are called directly, without the op wrappers (see kernels.ts).
 * Softmax step: matMul, softmax, sub, fused matMul = 4 kernels (5 on WASM).
 * (p - y) is the exact gradient of the cross-entropy. Keras and TF.js compute the loss on
 * probabilities clipped to [1e-7, 1 - 1e-7], whose gradient is zero for a point whose true
 * class has probability below 1e-7; the two differ only for such badly misclassified points. The folded weights live in a
 * private variable during an epoch and are written back to the layer's own kernel and bias at
 * the end of every epoch (and when training stops), so the Layers model stays the reference.
 */
export function closedFormStepper(o: DenseStepperOptions): Stepper {
  const { kind, kernel, bias, x, y, batchSize, learningRate } = o;
  const n = x.shape[0];
  const units = (kernel.shape as [number, number])[1];
  const sizes = batchSizes(n, batchSize);
  // dL/dz carries a factor 2 for the squared error.
  const scale = tf.tensor2d(rowScales(sizes, kind === 'sigmoid' ? 2 : 1, learningRate), [n, 1]);
  const xa = tf.tidy(() => tf.concat([x, tf.ones([n, 1])], 1));
  const one = tf.scalar(1);
  const fused = k.backendFusesMatrixBias();
  const w = tf.tidy(() => tf.variable(tf.concat([kernel.read(), tf.reshape(bias.read(), [1, units])], 0), false)) as tf.Variable<tf.Rank.R2>;

  let xb: tf.Tensor2D[] = [];
  let xn: tf.Tensor2D[] = [];
  let yb: tf.Tensor2D[] = [];

  return {
    method: kind === 'softmax' ? 'softmaxGradient' : 'sigmoidGradient',
    beginEpoch(order) {
      const idx = tf.tensor1d(Array.from(order), 'int32');
      [xb, xn, yb] = tf.tidy(() => {
        const xg = tf.gather(xa, idx);
        return [tf.split(xg, sizes), tf.split(tf.mul(xg, scale), sizes), tf.split(tf.gather(y, idx), sizes)];
      }) as [tf.Tensor2D[], tf.Tensor2D[], tf.Tensor2D[]];
      idx.dispose();
      return sizes.length;
    },
    step(s) {
      tf.tidy(() => {
        const z = k.matMul(xb[s], w);
        const g = kind === 'softmax' ? softmaxScoreGradient(z, yb[s]) : sigmoidScoreGradient(z, yb[s], one);
        w.assign(k.matMulTransposeAPlus(xn[s], g, w, fused));
      });
    },
    endEpoch() {
      tf.dispose([...xb, ...xn, ...yb]);
      xb = [];
      xn = [];
      yb = [];
      writeBack(w, kernel, bias);
    },
    dispose() {
      tf.dispose([...xb, ...xn, ...yb, xa, scale, one, w]);
    },
  };
}

/** -gain * learningRate / B for every row, B the size of the row's batch. */
function rowScales(sizes: number[], gain: number, learningRate: number): number[] {
  const out: number[] = [];
  for (const size of sizes) for (let i = 0; i < size; i++) out.push((-gain * learningRate) / size);
  return out;
}

/** dL/dz of softmax + cross-entropy, without the 1 / B: p - y. */
function softmaxScoreGradient(z: tf.Tensor2D, y: tf.Tensor2D): tf.Tensor2D {
  return k.sub(k.softmaxRows(z), y);
}

/** dL/dz of sigmoid + squared error, without the 2 / B: (p - y) p (1 - p). */
function sigmoidScoreGradient(z: tf.Tensor2D, y: tf.Tensor2D, one: tf.Scalar): tf.Tensor2D {
  const p = k.sigmoid(z);
  return k.mul(k.sub(p, y), k.mul(p, k.sub(one, p)));
}

/** Splits the folded weights back into the layer's kernel and bias. */
function writeBack(w: tf.Variable<tf.Rank.R2>, kernel: LayerVariable, bias: LayerVariable): void {
  const [inputs, units] = kernel.shape as [number, number];
  tf.tidy(() => {
    kernel.write(tf.slice(w, [0, 0], [inputs, units]));
    // Sliced from the flat view so the bias gets rank-1 storage of its own: WASM checks a
    // fused bias by the shape its data was created with, and a reshape keeps [1, units].
    bias.write(tf.slice(tf.reshape(w, [-1]), [inputs * units], [units]));
  });
}
