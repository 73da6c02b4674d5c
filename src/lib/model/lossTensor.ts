import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from './LossName';

/** Keras' fuzz factor: probabilities are clipped to [eps, 1 - eps] before the log. */
const EPSILON = 1e-7;

/**
 * The mean loss Keras reports, as a scalar tensor: categorical cross-entropy on clipped
 * probabilities (rows of `y` one-hot), or the squared error averaged over rows and outputs.
 */
export function lossTensor(p: tf.Tensor2D, y: tf.Tensor2D, loss: LossName): tf.Scalar {
  return tf.tidy(() =>
    loss === 'meanSquaredError'
      ? (tf.mean(tf.squaredDifference(p, y)) as tf.Scalar)
      : (tf.neg(tf.mean(tf.sum(tf.mul(y, tf.log(tf.clipByValue(p, EPSILON, 1 - EPSILON))), 1))) as tf.Scalar),
  );
}
