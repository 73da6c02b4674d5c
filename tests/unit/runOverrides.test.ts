import { describe, expect, it } from 'vitest';
import { runOverrides } from '../../src/lib/training/runOverrides';

describe('runOverrides', () => {
  const base = { experiment: 'circles', epochs: 5, batchSize: 16, learningRate: 0.2, seed: 4 };

  it('takes the training settings, and the training seed for the initial weights unless another is named', () => {
    expect(runOverrides(base)).toEqual({ epochs: 5, batchSize: 16, learningRate: 0.2, seed: 4, initSeed: 4 });
    expect(runOverrides({ ...base, initSeed: 9 }).initSeed).toBe(9);
  });

  it('passes the data, a reader’s points and the hidden layer on only when the message has them', () => {
    const points = { X: [[0, 0], [1, 1]], y: [0, 1] };
    const o = runOverrides({ ...base, data: { nSamples: 300 }, points, model: { hidden: 3 } });
    expect(o).toMatchObject({ data: { nSamples: 300 }, points, model: { hidden: 3 } });
    expect(Object.keys(runOverrides(base))).not.toContain('points');
  });
});
