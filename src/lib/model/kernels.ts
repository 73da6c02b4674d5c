import * as tf from '@tensorflow/tfjs-core';

/**
 * Direct kernel calls for the hot loop of the written-out gradients. Each public TF.js op wraps
 * its kernel in a scope, argument conversion and checks that cost more than the arithmetic on a
 * 4 x 3 matrix; calling the registered kernels skips that (measured: about a quarter of the
 * step time on the CPU backend). Every backend registers these kernels; the callers pass
 * float32 tensors of the right ranks, which the op wrappers would otherwise check.
 */
const run = (name: string, inputs: tf.NamedTensorMap, attrs: object = {}) =>
  tf.engine().runKernel(name, inputs, attrs as tf.NamedAttrMap) as tf.Tensor2D;

/** a b, or a^T b (both rank 2). */
export function matMul(a: tf.Tensor2D, b: tf.Tensor2D, transposeA = false): tf.Tensor2D {
  return run(tf.BatchMatMul, { a, b }, { transposeA, transposeB: false });
}

/** Row-wise softmax of a rank-2 tensor. */
export function softmaxRows(z: tf.Tensor2D): tf.Tensor2D {
  // The last axis by number: WASM's kernel fails on -1 (the op wrapper normally resolves it).
  return run(tf.Softmax, { logits: z }, { dim: 1 });
}

export function sub(a: tf.Tensor, b: tf.Tensor): tf.Tensor2D {
  return run(tf.Sub, { a, b });
}

export function mul(a: tf.Tensor, b: tf.Tensor): tf.Tensor2D {
  return run(tf.Multiply, { a, b });
}

export function sigmoid(x: tf.Tensor2D): tf.Tensor2D {
  return run(tf.Sigmoid, { x });
}

/**
 * a^T b + c in one kernel where the backend's fused matMul accepts a rank-2 "bias" (CPU,
 * WebGL), in two elsewhere (WASM's fused kernel takes rank-3 inputs and a rank-1 bias only).
 */
export function matMulTransposeAPlus(a: tf.Tensor2D, b: tf.Tensor2D, c: tf.Tensor2D, fused: boolean): tf.Tensor2D {
  if (fused) return run(tf._FusedMatMul, { a, b, bias: c }, { transposeA: true, transposeB: false, activation: 'linear' });
  return run(tf.Add, { a: c, b: matMul(a, b, true) });
}

/** True when matMulTransposeAPlus can use the fused kernel on the active backend. */
export function backendFusesMatrixBias(): boolean {
  const name = tf.getBackend();
  return name === 'cpu' || name === 'webgl';
}
