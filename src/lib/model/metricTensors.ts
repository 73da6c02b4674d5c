import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from './LossName';
import { lossTensor } from './lossTensor';

/**
 * Mean loss and, for classification, the number of rows whose arg-max matches the target's, as
 * scalar tensors to be read in one go. The count, not the accuracy, comes back so the caller
 * divides in double precision: a float32 mean turns 792 / 800 into 0.98999995, not 0.99.
 */
export function metricTensors(p: tf.Tensor2D, y: tf.Tensor2D, loss: LossName): { loss: tf.Scalar; correct?: tf.Scalar } {
  return tf.tidy(() => {
    if (loss === 'meanSquaredError') return { loss: lossTensor(p, y, loss) };
    const correct = tf.sum(tf.cast(tf.equal(tf.argMax(p, 1), tf.argMax(y, 1)), 'float32')) as tf.Scalar;
    return { loss: lossTensor(p, y, loss), correct };
  });
}
