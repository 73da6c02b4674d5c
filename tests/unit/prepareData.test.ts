import { describe, expect, it } from 'vitest';
import { prepareData } from '../../src/lib/training/prepareData';

describe('prepareData', () => {
  it("gives the lesson's 4-blob split, labels as the lesson printed them", () => {
    const d = prepareData('blobs4');
    expect(d.kind).toBe('classification');
    expect(d.xTrain).toHaveLength(3200);
    expect(d.xTest).toHaveLength(800);
    expect(d.yTrain.slice(0, 3)).toEqual([1, 3, 3]);
    expect(d.yTrain.slice(-3)).toEqual([0, 1, 2]);
    expect(d.outputs).toBe(4);
    expect(d.config.model).toMatchObject({ builder: 'softmaxClassifier', classes: 4 });
    expect(d.yTrainRows[0]).toEqual([0, 1, 0, 0]);
    expect(d.yTestRows).toHaveLength(800);
  });

  it('applies overrides and keeps the rest of the lesson', () => {
    const d = prepareData('blobs2', { nSamples: 100, centers: 3 });
    expect(d.xTrain).toHaveLength(80);
    expect(d.xTest).toHaveLength(20);
    expect(d.outputs).toBe(3);
    expect(d.config.model).toMatchObject({ builder: 'linearSoftmax', classes: 3 });
    expect(d.config.data).toMatchObject({ clusterStd: 2.5, randomState: 101 });
    expect(d.yTrainRows[0]).toHaveLength(3);
    expect(new Set(d.yTrain).size).toBe(3);
  });

  it('shapes the regression as one-column rows', () => {
    const d = prepareData('regression');
    expect(d.kind).toBe('regression');
    expect(d.xTrain).toHaveLength(800);
    expect(d.xTest).toHaveLength(200);
    expect(d.xTrain.every((r) => r.length === 1)).toBe(true);
    expect(d.yTrainRows.map((r) => r[0])).toEqual(d.yTrain);
    expect(d.outputs).toBe(1);
    expect(d.config.training.loss).toBe('meanSquaredError');
  });

  it('ignores fields that are not data parameters', () => {
    const d = prepareData('blobs4', { nSamples: 100, kind: 'regression', __proto__: { centers: 9 } } as never);
    expect(d.kind).toBe('classification');
    expect(d.outputs).toBe(4);
  });

  it('is deterministic and follows the seed', () => {
    expect(prepareData('blobs4', { nSamples: 200 }).xTrain).toEqual(prepareData('blobs4', { nSamples: 200 }).xTrain);
    expect(prepareData('blobs4', { nSamples: 200, randomState: 7 }).xTrain).not.toEqual(
      prepareData('blobs4', { nSamples: 200 }).xTrain,
    );
  });
});
