import type * as tfl from '@tensorflow/tfjs-layers';
import type { SoftmaxClassifierOptions } from './buildSoftmaxClassifier';
import { softmaxModel } from './softmaxModel';

/** The same options as the first model's; here `classes` defaults to 2. */
export type LinearSoftmaxOptions = SoftmaxClassifierOptions;

/**
 * The lesson's second model, with the scores and the probabilities as separate layers: a linear
 * Dense layer named 'wx_b' (the scores Wx + b) followed by an Activation layer named 'softmax'.
 * Keeping them apart lets a page read the scores before the softmax squashes them.
 */
export function buildLinearSoftmax(o: LinearSoftmaxOptions): tfl.Sequential {
  const { inputs = 2, classes = 2, seed } = o;
  return softmaxModel(inputs, classes, seed, true);
}
