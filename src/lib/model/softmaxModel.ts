import * as tfl from '@tensorflow/tfjs-layers';
import { checkSize } from './checkSize';
import { seedDenseWeights } from './seedDenseWeights';

/**
 * A Dense layer of `classes` units over `inputs` features, softmax on top, its kernel drawn
 * Glorot-uniform from `seed`. With `separateSoftmax` the scores Wx + b are their own layer
 * ('wx_b') and the softmax an Activation layer after it; otherwise the Dense layer applies the
 * softmax itself, as Keras' Dense(classes, activation='softmax').
 */
export function softmaxModel(inputs: number, classes: number, seed: number, separateSoftmax: boolean): tfl.Sequential {
  checkSize('inputs', inputs);
  checkSize('classes', classes, 2);
  const model = tfl.sequential();
  if (separateSoftmax) {
    model.add(tfl.layers.dense({ units: classes, inputShape: [inputs], name: 'wx_b' }));
    model.add(tfl.layers.activation({ activation: 'softmax', name: 'softmax' }));
  } else {
    model.add(tfl.layers.dense({ units: classes, inputShape: [inputs], activation: 'softmax' }));
  }
  seedDenseWeights(model, seed);
  return model;
}
