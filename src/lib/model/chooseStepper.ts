import { autodiffStepper } from './autodiffStepper';
import * as tf from '@tensorflow/tfjs-core';
import { closedFormStepper } from './closedFormStepper';
import { float32Stepper } from './float32Stepper';
import { hiddenLayerStepper, type HiddenKind, type OutputKind } from './hiddenLayerStepper';
import type { Stepper, StepperOptions } from './Stepper';

function activationOf(layer: { getConfig(): Record<string, unknown> }): unknown {
  return layer.getConfig().activation;
}

/**
 * Picks the fastest correct update rule for `model`: the written-out gradient when the model is
 * one biased Dense layer ending in softmax (cross-entropy) or in a single sigmoid unit (squared
 * error), written-out backpropagation for one hidden layer under such an output (see
 * hiddenLayerStepper), automatic differentiation otherwise. On the CPU backend the written-out gradient runs in
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
  if (kind === undefined) {
    const net = hiddenLayerKinds(layers, loss);
    if (net) {
      const weights = [...first.trainableWeights, ...second.trainableWeights] as Parameters<typeof hiddenLayerStepper>[0]['weights'];
      return hiddenLayerStepper({ ...o, ...net, weights });
    }
    return autodiffStepper(o);
  }
  const [kernel, bias] = first.trainableWeights;
  const cpu = tf.getBackend() === 'cpu' ? (tf.backend() as { blockSize?: unknown }) : undefined;
  if (cpu && typeof cpu.blockSize === 'number') return float32Stepper({ ...o, kind, kernel, bias, blockSize: cpu.blockSize });
  return closedFormStepper({ ...o, kind, kernel, bias });
}

const HIDDEN: readonly unknown[] = ['relu', 'tanh', 'sigmoid', 'linear'];

/** The activations of Dense(H, f) then Dense(K, g) with biases, when the pair has a written-out gradient. */
function hiddenLayerKinds(layers: StepperOptions['model']['layers'], loss: StepperOptions['loss']): { hidden: HiddenKind; output: OutputKind } | undefined {
  if (layers.length !== 2 || !layers.every((l) => l.getClassName() === 'Dense' && l.trainableWeights.length === 2)) return undefined;
  const hidden = activationOf(layers[0]);
  const output = activationOf(layers[1]);
  if (!HIDDEN.includes(hidden)) return undefined;
  const fits = loss === 'categoricalCrossentropy' ? output === 'softmax' : output === 'linear' || output === 'sigmoid';
  return fits ? { hidden: hidden as HiddenKind, output: output as OutputKind } : undefined;
}
