/**
 * The classifiers' outputs computed from their weights in plain numbers: both lesson classifiers
 * are one Dense layer followed by a softmax, so softmax(W x + b) is exactly the model. Used to
 * show probabilities of any point without asking TF.js (or the worker) again.
 */
import { linearScores } from '../math/linearScores';
import { softmax } from '../math/softmax';
import { kernelToW } from '../math/kernelToW';

export interface DenseWeightsLike {
  /** Keras' layout, inputs x units (the transpose of the lesson's W). */
  kernel: readonly (readonly number[])[];
  bias: readonly number[];
}

export function denseSoftmax(weights: DenseWeightsLike, X: readonly (readonly number[])[]): number[][] {
  const { kernel, bias } = weights;
  const W = kernelToW(kernel, bias.length);
  return X.map((x) => softmax(linearScores(W, [...x], [...bias])));
}
