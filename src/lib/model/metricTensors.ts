import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from './LossName';
import { lossTensor } from './lossTensor';

/**
 * Mean loss and, for classification, categorical accuracy (the share of rows whose arg-max
 * matches the target's) of predictions `p`, as scalar tensors to be read in one go.
 */
export function metricTensors(p: tf.Tensor2D, y: tf.Tensor2D, loss: LossName): { loss: tf.Scalar; accuracy?: tf.Scalar } {
  return tf.tidy(() => {
    if (loss === 'meanSquaredError') return { loss: lossTensor(p, y, loss) };
    const accuracy = tf.mean(tf.cast(tf.equal(tf.argMax(p, 1), tf.argMax(y, 1)), 'float32')) as tf.Scalar;
    return { loss: lossTensor(p, y, loss), accuracy };
  });
}
