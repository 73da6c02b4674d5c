import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegressor } from '../../src/lib/model/buildRegressor';
import { glorotUniform } from '../../src/lib/model/glorotUniform';
import { RandomState } from '../../src/lib/random/RandomState';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('buildRegressor', () => {
  it('is a single sigmoid unit on one input by default', () => {
    const model = buildRegressor({ seed: 1 });
    expect(model.layers.map((l) => [l.getClassName(), l.getConfig().activation, l.getConfig().units])).toEqual([['Dense', 'sigmoid', 1]]);
    expect(model.inputs[0].shape).toEqual([null, 1]);
    model.dispose();
  });

  it('stacks hidden layers and seeds them all from one generator, in order', () => {
    const model = buildRegressor({ hidden: [3, 2], seed: 9 });
    expect(model.layers.map((l) => l.getConfig().units)).toEqual([3, 2, 1]);
    const rng = new RandomState(9);
    const expected = [glorotUniform(1, 3, rng), glorotUniform(3, 2, rng), glorotUniform(2, 1, rng)];
    model.layers.forEach((layer, i) => {
      const [kernel, bias] = layer.getWeights().map((w) => w.arraySync()) as [number[][], number[]];
      kernel.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(expected[i][r][c], 6)));
      expect(bias.every((b) => b === 0)).toBe(true);
    });
    model.dispose();
  });

  it('ends in a linear unit after hidden layers, unless told otherwise', () => {
    const outputOf = (m: ReturnType<typeof buildRegressor>) => m.layers.at(-1)!.getConfig().activation;
    const net = buildRegressor({ hidden: [5], hiddenActivation: 'relu', seed: 1 });
    expect(net.layers.map((l) => l.getConfig().activation)).toEqual(['relu', 'linear']);
    const squashed = buildRegressor({ hidden: [5], output: 'sigmoid', seed: 1 });
    expect(outputOf(squashed)).toBe('sigmoid');
    [net, squashed].forEach((m) => m.dispose());
  });

  it('rejects a hidden layer without units', () => {
    expect(() => buildRegressor({ hidden: [0], seed: 1 })).toThrow(/hidden\[0\]/);
  });
});
