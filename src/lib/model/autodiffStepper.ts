import * as tf from '@tensorflow/tfjs-core';
import { lossTensor } from './lossTensor';
import { batchSizes, type Stepper, type StepperOptions } from './Stepper';

/**
 * Plain SGD for any model, with gradients from TF.js' automatic differentiation. Slower per
 * step than a written-out gradient, but right for every architecture. The loss is the one
 * Keras minimises (see lossTensor).
 */
export function autodiffStepper(o: StepperOptions): Stepper {
  const { model, x, y, batchSize, learningRate, loss } = o;
  const sizes = batchSizes(x.shape[0], batchSize);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const lr = tf.scalar(learningRate);
  let xb: tf.Tensor2D[] = [];
  let yb: tf.Tensor2D[] = [];

  return {
    method: 'autodiff',
    beginEpoch(order) {
      const idx = tf.tensor1d(Array.from(order), 'int32');
      [xb, yb] = tf.tidy(() => [tf.split(tf.gather(x, idx), sizes), tf.split(tf.gather(y, idx), sizes)]) as [
        tf.Tensor2D[],
        tf.Tensor2D[],
      ];
      idx.dispose();
      return sizes.length;
    },
    step(s) {
      tf.tidy(() => {
        const { grads } = tf.variableGrads(() => lossTensor(model.apply(xb[s], { training: true }) as tf.Tensor2D, yb[s], loss), variables);
        for (const v of variables) v.assign(tf.sub(v, tf.mul(grads[v.name], lr)));
      });
    },
    endEpoch() {
      tf.dispose([...xb, ...yb]);
      xb = [];
      yb = [];
    },
    dispose() {
      tf.dispose([...xb, ...yb, lr]);
    },
  };
}
