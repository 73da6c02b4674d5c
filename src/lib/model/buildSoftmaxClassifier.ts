import type * as tfl from '@tensorflow/tfjs-layers';
import { softmaxModel } from './softmaxModel';

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
  return softmaxModel(inputs, classes, seed, false);
}
