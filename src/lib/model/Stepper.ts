import type * as tf from '@tensorflow/tfjs-core';
import type { LayerVariable, LayersModel } from '@tensorflow/tfjs-layers';
import type { LossName } from './LossName';

/**
 * One way of taking SGD steps on a model. The training loop owns the schedule (epochs, order,
 * yields, events); a stepper owns the tensors of one epoch's batches and the update rule.
 */
/** The whole training set and SGD's settings, which every stepper is built from. */
export interface SgdData {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  batchSize: number;
  learningRate: number;
}

/** What a stepper is built from: the model and its loss, the whole training set, and SGD's settings. */
export interface StepperOptions extends SgdData {
  model: LayersModel;
  loss: LossName;
}

/**
 * What a stepper for one biased Dense layer is built from: its output with the loss that goes
 * with it (softmax + cross-entropy or sigmoid + squared error), its kernel and bias, the whole
 * training set and SGD's settings.
 */
export interface DenseStepperOptions extends SgdData {
  kind: 'softmax' | 'sigmoid';
  kernel: LayerVariable;
  bias: LayerVariable;
}

export interface Stepper {
  /** Name of the update rule, for benchmarks and reports. */
  readonly method: TrainingMethod;
  /** Cuts the epoch's batches from the rows in `order`; returns the number of steps. */
  beginEpoch(order: readonly number[]): number;
  /** One SGD update on batch `index` of the current epoch. */
  step(index: number): void;
  /** Frees the epoch's batches and leaves the current weights in the model's own variables. */
  endEpoch(): void;
  dispose(): void;
}

/**
 * 'softmaxGradient': Dense + softmax with cross-entropy, gradient (p - y) / B written out;
 * 'sigmoidGradient': one sigmoid unit with squared error, gradient 2 (p - y) p (1 - p) / B;
 * 'hiddenLayerGradient': one hidden Dense layer then a Dense output, backpropagation written out;
 * 'autodiff': any other model, gradients from TF.js' automatic differentiation.
 */
export type TrainingMethod = 'softmaxGradient' | 'sigmoidGradient' | 'hiddenLayerGradient' | 'autodiff';

/** Sizes of the batches of an epoch of `n` rows: Keras keeps the last, smaller batch. */
export function batchSizes(n: number, batchSize: number): number[] {
  const sizes: number[] = [];
  for (let start = 0; start < n; start += batchSize) sizes.push(Math.min(batchSize, n - start));
  return sizes;
}
