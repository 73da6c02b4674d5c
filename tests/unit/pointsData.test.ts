import { describe, expect, it } from 'vitest';
import { pointsData } from '../../src/lib/experiments/pointsData';
import { trainTestSplit } from '../../src/lib/data/trainTestSplit';
import { experimentData } from '../../src/lib/experiments/experimentData';
import { experimentById } from '../../src/lib/experiments/registry';

describe('pointsData', () => {
  it("splits a reader's points with train_test_split of the lesson's test size and seed", () => {
    const X = Array.from({ length: 23 }, (_, i) => [i, -i]);
    const y = X.map((_, i) => i % 3);
    const d = pointsData({ X, y }, { testSize: 0.2, splitSeed: 42 });
    const expected = trainTestSplit(X, y, { testSize: 0.2, randomState: 42 });
    expect(d.XTest).toHaveLength(Math.ceil(0.2 * 23));
    expect(d.XTrain).toEqual(expected.XTrain);
    expect(d.yTest).toEqual(expected.yTest);
    expect(d.outputs).toBe(3);
    expect(d.yTrainRows[0]).toHaveLength(3);
    expect(d.all.split.filter((s) => s === 'test')).toHaveLength(d.XTest.length);
    expect(d.all.X).toEqual(X);
  });

  it('gives the lesson data the same split as the lesson', () => {
    const config = experimentById('blobs2');
    const lesson = experimentData(config);
    const d = pointsData({ X: lesson.all.X, y: lesson.all.y }, config.data);
    expect(d.XTest).toEqual(lesson.XTest);
    expect(d.yTrainRows).toEqual(lesson.yTrainRows);
  });

  it('has one output per label up to the largest, however few classes appear', () => {
    expect(pointsData({ X: [[0, 0], [1, 1], [2, 2]], y: [0, 5, 5] }, { testSize: 0.2, splitSeed: 1 }).outputs).toBe(6);
  });

  it('keeps too few points to split as training points', () => {
    const one = pointsData({ X: [[1, 2]], y: [1] }, { testSize: 0.2, splitSeed: 42 });
    expect(one.XTrain).toEqual([[1, 2]]);
    expect(one.XTest).toEqual([]);
    expect(one.all.split).toEqual(['train']);
    expect(pointsData({ X: [], y: [] }, { testSize: 0.2, splitSeed: 42 }).all.X).toEqual([]);
  });
});
