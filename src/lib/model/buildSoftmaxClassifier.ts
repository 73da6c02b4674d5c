import * as tfl from '@tensorflow/tfjs-layers';
import { checkSize } from './checkSize';
import { seedDenseWeights } from './seedDenseWeights';

export interface SoftmaxClassifierOptions {
  /** Features per sample (2 for the blobs). */
  inputs?: number;
  /** Number of classes, one output unit each. */
  classes?: number;
  /** Seed of the Glorot-uniform kernel. */
  seed: number;
}

/** The lesson's first model: one Dense layer with a softmax activation, Dense(classes, softmax). */
export function buildSoftmaxClassifier(o: SoftmaxClassifierOptions): tfl.Sequential {
  const { inputs = 2, classes = 4, seed } = o;
  checkSize('inputs', inputs);
  checkSize('classes', classes, 2);
  const model = tfl.sequential();
  model.add(tfl.layers.dense({ units: classes, inputShape: [inputs], activation: 'softmax' }));
  seedDenseWeights(model, seed);
  return model;
}
