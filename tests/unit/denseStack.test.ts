import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDenseStack } from '../../src/lib/model/denseStack';
import { buildHiddenLayerClassifier } from '../../src/lib/model/buildHiddenLayerClassifier';
import { softmaxModel } from '../../src/lib/model/softmaxModel';
import { disposeModel } from '../../src/lib/model/disposeModel';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('readDenseStack', () => {
  it('reads each Dense layer: its shape, weights in Keras layout and activation', async () => {
    const model = buildHiddenLayerClassifier({ hidden: 3, activation: 'tanh', classes: 2, seed: 1 });
    const before = tf.memory().numTensors;
    const stack = (await readDenseStack(model))!;
    expect(tf.memory().numTensors).toBe(before);
    expect(stack.map(({ inputs, units, activation }) => ({ inputs, units, activation }))).toEqual([
      { inputs: 2, units: 3, activation: 'tanh' },
      { inputs: 3, units: 2, activation: 'softmax' },
    ]);
    const [k1, b1] = model.layers[0].getWeights();
    expect(Array.from(stack[0].kernel)).toEqual(Array.from(k1.dataSync()));
    expect(Array.from(stack[0].bias)).toEqual(Array.from(b1.dataSync()));
    disposeModel(model);
  });

  it('folds an Activation layer into the Dense layer before it', async () => {
    const model = softmaxModel(2, 3, 1, true);
    const stack = (await readDenseStack(model))!;
    expect(stack).toHaveLength(1);
    expect(stack[0].activation).toBe('softmax');
    disposeModel(model);
  });

  it('gives zeros for a layer without bias', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [3], useBias: false })] });
    const stack = (await readDenseStack(model))!;
    expect(Array.from(stack[0].bias)).toEqual([0, 0]);
    disposeModel(model);
  });

  it('is undefined for a model it cannot pass through in plain arithmetic', async () => {
    const elu = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [2], activation: 'elu' })] });
    const dropout = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [2] }), tfl.layers.dropout({ rate: 0.5 })] });
    expect(await readDenseStack(elu)).toBeUndefined();
    expect(await readDenseStack(dropout)).toBeUndefined();
    disposeModel(elu);
    disposeModel(dropout);
  });
});
