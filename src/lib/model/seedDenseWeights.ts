import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { RandomState } from '../random/RandomState';
import { glorotUniform } from './glorotUniform';

/**
 * Gives every Dense layer of `model`, in order, Keras' default start: a Glorot-uniform kernel
 * and a zero bias. One generator serves all layers, so a seed fixes the whole network.
 * `setWeights` copies its arguments and leaves them alive, hence the explicit dispose.
 */
export function seedDenseWeights(model: LayersModel, seed: number): void {
  const rng = new RandomState(seed);
  for (const layer of model.layers) {
    if (layer.getClassName() !== 'Dense') continue;
    const current = layer.getWeights();
    const [fanIn, fanOut] = current[0].shape as [number, number];
    const values: tf.Tensor[] = [
      tf.tensor2d(glorotUniform(fanIn, fanOut, rng)),
      ...current.slice(1).map((w) => tf.zeros(w.shape)),
    ];
    layer.setWeights(values);
    tf.dispose(values);
  }
}
