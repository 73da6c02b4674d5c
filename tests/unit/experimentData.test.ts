import { describe, expect, it } from 'vitest';
import { makeBlobs, regressionData, trainTestSplit } from '../../src/lib/data';
import { blobs2, blobs4, regression } from '../../src/lib/experiments';
import { experimentData } from '../../src/lib/experiments/experimentData';
import { withOverrides } from '../../src/lib/experiments/withOverrides';

describe('experimentData', () => {
  it("gives the lesson's 4-blob split, labels as the lesson printed them", () => {
    const d = experimentData(blobs4);
    expect(d.kind).toBe('classification');
    expect(d.outputs).toBe(4);
    expect(d.XTrain).toHaveLength(3200);
    expect(d.XTest).toHaveLength(800);
    expect(d.yTrain.slice(0, 3)).toEqual([1, 3, 3]);
    expect(d.yTrain.slice(-3)).toEqual([0, 1, 2]);
    expect(d.yTrainRows[0]).toEqual([0, 1, 0, 0]);
    expect(d.yTestRows).toHaveLength(800);
    expect(d.centers).toHaveLength(4);
  });

  it('splits exactly as trainTestSplit splits the rows themselves', () => {
    const blobs = makeBlobs({ nSamples: 4000, centers: 4, clusterStd: 2, randomState: 101 });
    const s = trainTestSplit(blobs.X, blobs.y, { testSize: 0.2, randomState: 42 });
    const d = experimentData(blobs4);
    expect(d.XTrain).toEqual(s.XTrain);
    expect(d.XTest).toEqual(s.XTest);
    expect(d.yTest).toEqual(s.yTest);
    expect(d.centers).toEqual(blobs.centers);
  });

  it('views every sample in the order made, each marked with its part of the split', () => {
    const d = experimentData(blobs2);
    const blobs = makeBlobs({ nSamples: 4000, centers: 2, clusterStd: 2.5, randomState: 101 });
    expect(d.all.X).toEqual(blobs.X);
    expect(d.all.y).toEqual(blobs.y);
    expect(d.all.split.filter((k) => k === 'test')).toHaveLength(800);
    const key = (p: number[]) => p.join(',');
    const test = new Set(d.XTest.map(key));
    d.all.X.forEach((p, i) => expect(test.has(key(p))).toBe(d.all.split[i] === 'test'));
  });

  it('shapes the regression as one-column rows, x in linspace order in the all view', () => {
    const d = experimentData(regression);
    expect(d.kind).toBe('regression');
    expect(d.outputs).toBe(1);
    expect(d.XTrain).toHaveLength(800);
    expect(d.XTest).toHaveLength(200);
    expect(d.XTrain.every((r) => r.length === 1)).toBe(true);
    expect(d.yTrainRows.map((r) => r[0])).toEqual(d.yTrain);
    expect(d.centers).toBeUndefined();
    const { x, y } = regressionData({ n: 1000, noise: 0.1, seed: regression.data.kind === 'regression' ? regression.data.seed : 0 });
    expect(d.all.X.map((r) => r[0])).toEqual(x);
    expect(d.all.y).toEqual(y);
  });

  it('follows overrides and is deterministic', () => {
    const small = withOverrides(blobs2, { data: { nSamples: 100, centers: 3 } });
    const d = experimentData(small);
    expect(d.XTrain).toHaveLength(80);
    expect(d.XTest).toHaveLength(20);
    expect(d.outputs).toBe(3);
    expect(new Set(d.yTrain).size).toBe(3);
    expect(experimentData(small).XTrain).toEqual(d.XTrain);
    expect(experimentData(withOverrides(small, { data: { randomState: 7 } })).XTrain).not.toEqual(d.XTrain);
  });
});
