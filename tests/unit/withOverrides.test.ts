import { describe, expect, it } from 'vitest';
import { blobs2, blobs4, regression } from '../../src/lib/experiments';
import { withOverrides } from '../../src/lib/experiments/withOverrides';

describe('withOverrides', () => {
  it('returns the experiment unchanged without overrides', () => {
    expect(withOverrides(blobs4)).toEqual(blobs4);
    expect(withOverrides(regression, {})).toEqual(regression);
  });

  it('gives a classifier one output per centre and keeps the rest', () => {
    const c = withOverrides(blobs2, { data: { nSamples: 100, centers: 3 } });
    expect(c.model).toMatchObject({ builder: 'linearSoftmax', classes: 3, seed: blobs2.model.seed });
    expect(c.data).toMatchObject({ nSamples: 100, centers: 3, clusterStd: 2.5, randomState: 101 });
    expect(c.training).toEqual(blobs2.training);
  });

  it('replaces the training settings and the initial-weight seed', () => {
    const c = withOverrides(regression, { epochs: 3, batchSize: 8, learningRate: 0.1, seed: 5, initSeed: 9 });
    expect(c.training).toEqual({ ...regression.training, epochs: 3, batchSize: 8, learningRate: 0.1, seed: 5 });
    expect(c.model.seed).toBe(9);
    expect(withOverrides(blobs4, { initSeed: 4 }).model).toMatchObject({ classes: 4, seed: 4 });
  });

  it('ignores fields that are not parameters of the experiment', () => {
    const c = withOverrides(blobs4, { data: { nSamples: 100, kind: 'regression', n: 5, __proto__: { centers: 9 } } as never });
    expect(c.data.kind).toBe('blobs');
    expect(c.model).toMatchObject({ classes: 4 });
    expect(withOverrides(regression, { data: { noise: 0.2, centers: 3 } as never }).data).toEqual({ ...regression.data, noise: 0.2 });
  });
});
