import { autodiffStepper } from './autodiffStepper';
import * as tf from '@tensorflow/tfjs-core';
import { closedFormStepper } from './closedFormStepper';
import { float32Stepper } from './float32Stepper';
import type { Stepper, StepperOptions } from './Stepper';

function activationOf(layer: { getConfig(): Record<string, unknown> }): unknown {
  return layer.getConfig().activation;
}

/**
 * Picks the fastest correct update rule for `model`: the written-out gradient when the model is
 * one biased Dense layer ending in softmax (cross-entropy) or in a single sigmoid unit (squared
 * error), automatic differentiation otherwise. On the CPU backend the written-out gradient runs in
 * plain Float32Array loops (float32Stepper), which give the same bits as its kernels.
 */
export function chooseStepper(o: StepperOptions): Stepper {
  const { model, loss } = o;
  const layers = model.layers.filter((l) => l.getClassName() !== 'InputLayer');
  const [first, second] = layers;
  const isDense = first?.getClassName() === 'Dense' && first.trainableWeights.length === 2;
  let kind: 'softmax' | 'sigmoid' | undefined;
  if (isDense && loss === 'categoricalCrossentropy') {
    const alone = layers.length === 1 && activationOf(first) === 'softmax';
    const split =
      layers.length === 2 &&
      activationOf(first) === 'linear' &&
      second.getClassName() === 'Activation' &&
      activationOf(second) === 'softmax';
    if (alone || split) kind = 'softmax';
  } else if (isDense && loss === 'meanSquaredError') {
    if (layers.length === 1 && activationOf(first) === 'sigmoid' && first.trainableWeights[1].shape[0] === 1) kind = 'sigmoid';
  }
  if (kind === undefined) return autodiffStepper(o);
  const [kernel, bias] = first.trainableWeights;
  const cpu = tf.getBackend() === 'cpu' ? (tf.backend() as { blockSize?: unknown }) : undefined;
  if (cpu && typeof cpu.blockSize === 'number') return float32Stepper({ ...o, kind, kernel, bias, blockSize: cpu.blockSize });
  return closedFormStepper({ ...o, kind, kernel, bias });
}
