import { describe, expect, it } from 'vitest';
import { blobs2, blobs4, regression } from '../../src/lib/experiments';
import { experimentConfig, lessonSettings } from '../../src/lib/training/experimentConfig';

describe('experimentConfig', () => {
  it("returns the lesson's experiment untouched without overrides", () => {
    expect(experimentConfig('blobs4')).toEqual(blobs4);
    expect(experimentConfig('regression')).toEqual(regression);
  });

  it('applies data overrides and matches the classes to the centres', () => {
    const c = experimentConfig('blobs2', { centers: 5, clusterStd: 1 });
    expect(c.data).toMatchObject({ kind: 'blobs', centers: 5, clusterStd: 1, nSamples: 4000 });
    expect(c.model).toMatchObject({ builder: 'linearSoftmax', classes: 5 });
    expect(blobs2.data).toMatchObject({ centers: 2 });
  });

  it('takes only known fields', () => {
    const c = experimentConfig('regression', { noise: 0.2, kind: 'blobs', centers: 3 } as never);
    expect(c.data).toMatchObject({ kind: 'regression', noise: 0.2 });
    expect(c.data).not.toHaveProperty('centers');
  });

  it('refuses an unknown experiment', () => {
    expect(() => experimentConfig('blobs9' as never)).toThrow(RangeError);
  });
});

describe('lessonSettings', () => {
  it("gives the lesson's hyperparameters", () => {
    for (const c of [blobs4, blobs2, regression]) {
      const s = lessonSettings(c.id);
      const { epochs, batchSize, learningRate, seed } = c.training;
      expect(s).toMatchObject({ experiment: c.id, epochs, batchSize, learningRate, seed });
      expect(s.initSeed ?? s.seed).toBe(c.model.seed);
    }
    expect(lessonSettings('blobs4')).toMatchObject({ epochs: 10, batchSize: 4, learningRate: 0.01 });
    expect(lessonSettings('regression')).toMatchObject({ epochs: 100, batchSize: 128 });
  });
});
