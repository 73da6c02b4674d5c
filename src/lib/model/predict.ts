import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';

/**
 * The model's outputs for every row of `x`, computed as one batch: model.predict's default
 * batches of 32 cost a dispatch each, which dominates on a 10,000-point grid.
 */
export async function predict(model: LayersModel, x: number[][]): Promise<number[][]> {
  if (x.length === 0) return [];
  const out = tf.tidy(() => model.predictOnBatch(tf.tensor2d(x)) as tf.Tensor2D);
  const values = (await out.array()) as number[][];
  out.dispose();
  return values;
}
