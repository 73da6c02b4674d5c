import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';

/** The most probable class of every row of `x` (the arg-max of the softmax), in one batch. */
export async function predictClasses(model: LayersModel, x: number[][]): Promise<number[]> {
  if (x.length === 0) return [];
  const out = tf.tidy(() => tf.argMax(model.predictOnBatch(tf.tensor2d(x)) as tf.Tensor2D, 1));
  const values = Array.from(await out.data());
  out.dispose();
  return values;
}
