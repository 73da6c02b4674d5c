import type { LayersModel } from '@tensorflow/tfjs-layers';

/** The activations a stack of Dense layers may use, as Keras names them. */
export type StackActivation = 'linear' | 'relu' | 'tanh' | 'sigmoid' | 'softmax';

/** One layer of a dense stack: Keras' layout, kernel inputs x units, row after row. */
export interface DenseStackLayer {
  inputs: number;
  units: number;
  kernel: Float32Array;
  /** One per unit; zeros when the layer has no bias. */
  bias: Float32Array;
  activation: StackActivation;
}

const ACTIVATIONS = new Set<string>(['linear', 'relu', 'tanh', 'sigmoid', 'softmax']);

/**
 * The current weights of a model made of Dense layers (and Activation layers after them), read
 * out of TF.js once, so many rows can be passed through it in plain arithmetic. Undefined for
 * any other model, whose outputs only TF.js can compute. The variables stay the model's own.
 */
export async function readDenseStack(model: LayersModel): Promise<DenseStackLayer[] | undefined> {
  const stack: DenseStackLayer[] = [];
  for (const layer of model.layers) {
    const kind = layer.getClassName();
    const activation = String(layer.getConfig().activation ?? 'linear');
    if (!ACTIVATIONS.has(activation)) return undefined;
    if (kind === 'Activation') {
      const last = stack.at(-1);
      if (!last || last.activation !== 'linear') return undefined;
      last.activation = activation as StackActivation;
    } else if (kind === 'Dense') {
      const [kernel, bias] = layer.getWeights();
      const [inputs, units] = kernel.shape as [number, number];
      stack.push({
        inputs,
        units,
        kernel: new Float32Array(await kernel.data()),
        bias: bias ? new Float32Array(await bias.data()) : new Float32Array(units),
        activation: activation as StackActivation,
      });
    } else {
      return undefined;
    }
  }
  return stack.length > 0 ? stack : undefined;
}
