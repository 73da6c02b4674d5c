import * as tfl from '@tensorflow/tfjs-layers';
import { checkSize } from './checkSize';
import { seedDenseWeights } from './seedDenseWeights';
import { softmaxModel } from './softmaxModel';

/** The non-linearities a hidden layer of the classifiers may use. */
export type ClassifierActivation = 'relu' | 'tanh';

export interface HiddenLayerClassifierOptions {
  /** Features per sample (2 for the moons and circles). */
  inputs?: number;
  /** Units of the hidden layer; 0 leaves the lesson's linear softmax, Dense(classes, softmax). */
  hidden: number;
  /** Default 'relu'. */
  activation?: ClassifierActivation;
  classes?: number;
  /** Seed of the Glorot-uniform kernels (one generator, layer by layer). */
  seed: number;
}

/**
 * A classifier with one hidden layer, Dense(hidden, activation) then Dense(classes, softmax),
 * as Keras' `Sequential([Dense(H, activation=...), Dense(K, activation='softmax')])`. The hidden
 * layer's units bend the decision boundary; with `hidden` 0 the model is the lesson's linear
 * softmax, whose boundaries are straight lines.
 */
export function buildHiddenLayerClassifier(o: HiddenLayerClassifierOptions): tfl.Sequential {
  const { inputs = 2, hidden, activation = 'relu', classes = 2, seed } = o;
  checkSize('hidden', hidden, 0);
  if (activation !== 'relu' && activation !== 'tanh') {
    throw new RangeError(`activation must be 'relu' or 'tanh'; got ${String(activation)}`);
  }
  if (hidden === 0) return softmaxModel(inputs, classes, seed, false);
  checkSize('inputs', inputs);
  checkSize('classes', classes, 2);
  const model = tfl.sequential();
  model.add(tfl.layers.dense({ units: hidden, activation, inputShape: [inputs] }));
  model.add(tfl.layers.dense({ units: classes, activation: 'softmax' }));
  seedDenseWeights(model, seed);
  return model;
}
