import { describe, expect, it } from 'vitest';
import { WEIGHTS_FORMAT, weightsToJson } from '../../src/lib/export/weightsToJson';

const weights = {
  kernel: [
    [0.182, -0.325],
    [0.805, 0.298],
  ],
  bias: [1.449, -1.449],
};

describe('weightsToJson', () => {
  it('writes the kernel in Keras layout with shapes, settings, history and test metrics', () => {
    const json = weightsToJson({
      experiment: 'blobs2',
      layerName: 'wx_b',
      weights,
      settings: { learningRate: 0.01, batchSize: 128, epochs: 2, seed: 7 },
      history: [
        { epoch: 1, loss: 0.3, accuracy: 0.9, valLoss: 0.25, valAccuracy: 0.95 },
        { epoch: 2, loss: 0.1, accuracy: 0.97, valLoss: 0.09, valAccuracy: 0.98 },
      ],
      test: { loss: 0.09, accuracy: 0.98 },
      backend: 'cpu',
    });
    const doc = JSON.parse(json);
    expect(doc.format).toBe(WEIGHTS_FORMAT);
    expect(doc.experiment).toBe('blobs2');
    expect(doc.backend).toBe('cpu');
    expect(doc.settings).toEqual({ learningRate: 0.01, batchSize: 128, epochs: 2, seed: 7 });
    expect(doc.layers).toHaveLength(1);
    expect(doc.layers[0]).toEqual({
      name: 'wx_b',
      class_name: 'Dense',
      units: 2,
      input_dim: 2,
      kernel: { shape: [2, 2], values: weights.kernel },
      bias: { shape: [2], values: weights.bias },
    });
    expect(doc.history).toEqual({
      epoch: [1, 2],
      loss: [0.3, 0.1],
      accuracy: [0.9, 0.97],
      val_loss: [0.25, 0.09],
      val_accuracy: [0.95, 0.98],
    });
    expect(doc.test).toEqual({ loss: 0.09, accuracy: 0.98 });
  });

  it('keeps a non-square kernel as inputs x units', () => {
    const kernel = [
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ];
    const doc = JSON.parse(
      weightsToJson({ experiment: 'blobs4', weights: { kernel, bias: [0, 0, 0, 0] }, settings: {} }),
    );
    expect(doc.layers[0].kernel.shape).toEqual([2, 4]);
    expect(doc.layers[0].units).toBe(4);
    expect(doc.layers[0].kernel.values[1][2]).toBe(7);
    expect(doc.history).toEqual({ epoch: [], loss: [] });
    expect(doc.test).toBeUndefined();
  });

  it('omits metrics a regression does not have and writes non-finite numbers as null', () => {
    const doc = JSON.parse(
      weightsToJson({
        experiment: 'regression',
        weights: { kernel: [[Number.NaN]], bias: [Infinity] },
        settings: { learningRate: 100 },
        history: [{ epoch: 1, loss: Number.POSITIVE_INFINITY }],
        test: { loss: Number.NaN },
      }),
    );
    expect(doc.layers[0].kernel.values).toEqual([[null]]);
    expect(doc.layers[0].bias.values).toEqual([null]);
    expect(doc.history).toEqual({ epoch: [1], loss: [null] });
    expect(doc.test).toEqual({ loss: null });
  });

  it('refuses a kernel that does not match the bias', () => {
    expect(() => weightsToJson({ experiment: 'x', weights: { kernel: [[1, 2]], bias: [1] }, settings: {} })).toThrow(
      RangeError,
    );
    expect(() => weightsToJson({ experiment: 'x', weights: { kernel: [], bias: [] }, settings: {} })).toThrow(RangeError);
  });
});
