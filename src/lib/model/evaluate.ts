import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { LossName } from './LossName';
import { metricTensors } from './metricTensors';

/** Keras' evaluate: mean loss over all rows, and accuracy for classification (one pass). */
export async function evaluate(
  model: LayersModel,
  x: number[][],
  y: number[][],
  loss: LossName = 'categoricalCrossentropy',
): Promise<{ loss: number; accuracy?: number }> {
  const summary = tf.tidy(() => {
    const m = metricTensors(model.predictOnBatch(tf.tensor2d(x)) as tf.Tensor2D, tf.tensor2d(y), loss);
    return tf.stack(m.correct ? [m.loss, m.correct] : [m.loss]);
  });
  const values = await summary.data();
  summary.dispose();
  return values.length === 2 ? { loss: values[0], accuracy: values[1] / x.length } : { loss: values[0] };
}
