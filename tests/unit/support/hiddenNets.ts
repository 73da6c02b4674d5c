import * as tf from '@tensorflow/tfjs-core';
import type { Sequential } from '@tensorflow/tfjs-layers';
import { makeMoons } from '../../../src/lib/data/makeMoons';
import { toCategorical } from '../../../src/lib/data/toCategorical';
import { buildHiddenLayerClassifier } from '../../../src/lib/model/buildHiddenLayerClassifier';
import { buildRegressor } from '../../../src/lib/model/buildRegressor';
import type { HiddenLayerWeights } from '../../../src/lib/model/hiddenLayerForward';
import type { HiddenKind, OutputKind } from '../../../src/lib/model/hiddenLayerStepper';

/** One network the hidden-layer tests train: its model, its data, and what it is. */
export interface NetCase {
  name: string;
  hidden: HiddenKind;
  output: OutputKind;
  loss: 'categoricalCrossentropy' | 'meanSquaredError';
  build: () => Sequential;
  x: number[][];
  y: number[][];
}

const moons = makeMoons({ nSamples: 121, noise: 0.2, randomState: 3 });
const three = moons.X.map(([a, b], i) => (i % 3 === 2 ? 2 : moons.y[i]));
const curveX = Array.from({ length: 90 }, (_, i) => [-3 + (6 * i) / 89]);
const sine = curveX.map(([v]) => [Math.sin(2 * v)]);

/** Classifiers on the moons (2 and 3 classes) and regressors on a sine, every activation. */
export const NET_CASES: NetCase[] = [
  { name: 'relu, softmax over 2 classes', hidden: 'relu', output: 'softmax', loss: 'categoricalCrossentropy', build: () => buildHiddenLayerClassifier({ hidden: 6, seed: 4 }), x: moons.X, y: toCategorical(moons.y, 2) },
  { name: 'tanh, softmax over 3 classes', hidden: 'tanh', output: 'softmax', loss: 'categoricalCrossentropy', build: () => buildHiddenLayerClassifier({ hidden: 5, activation: 'tanh', classes: 3, seed: 5 }), x: moons.X, y: toCategorical(three, 3) },
  { name: 'tanh, linear output', hidden: 'tanh', output: 'linear', loss: 'meanSquaredError', build: () => buildRegressor({ hidden: [7], hiddenActivation: 'tanh', seed: 6 }), x: curveX, y: sine },
  { name: 'sigmoid, linear output', hidden: 'sigmoid', output: 'linear', loss: 'meanSquaredError', build: () => buildRegressor({ hidden: [7], hiddenActivation: 'sigmoid', seed: 7 }), x: curveX, y: sine },
  { name: 'relu, linear output', hidden: 'relu', output: 'linear', loss: 'meanSquaredError', build: () => buildRegressor({ hidden: [7], hiddenActivation: 'relu', seed: 8 }), x: curveX, y: sine },
  { name: 'relu, sigmoid output', hidden: 'relu', output: 'sigmoid', loss: 'meanSquaredError', build: () => buildRegressor({ hidden: [4], hiddenActivation: 'relu', output: 'sigmoid', seed: 9 }), x: curveX, y: sine.map(([v]) => [(v + 1) / 2]) },
];

/** The model's four weight arrays in Keras' layout (the variables are only read). */
export function netWeights(model: Sequential): HiddenLayerWeights {
  const [kernel1, bias1, kernel2, bias2] = model.getWeights().map((w) => w.arraySync()) as [number[][], number[], number[][], number[]];
  return { kernel1, bias1, kernel2, bias2 };
}

/** Moves every layer's biases off zero, so a forward pass that drops them is caught. */
export function shiftBiases(model: Sequential, by = 0.3): void {
  model.layers.forEach((l) => {
    const [k, b] = l.getWeights();
    const shifted = tf.add(b, by);
    l.setWeights([k, shifted]);
    shifted.dispose();
  });
}

/** Every weight, flattened in a fixed order. */
export function flatWeights(w: HiddenLayerWeights): number[] {
  return [...w.kernel1.flat(), ...w.bias1, ...w.kernel2.flat(), ...w.bias2];
}

export const tensorCount = (): number => tf.memory().numTensors;
