import { describe, expect, it } from 'vitest';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { trainTestSplit } from '../../src/lib/data/trainTestSplit';

describe('trainTestSplit', () => {
  it('reproduces the lesson’s 4-blob training set bit for bit', () => {
    const { X, y } = makeBlobs({ nSamples: 4000, centers: 4, clusterStd: 2, randomState: 101 });
    const s = trainTestSplit(X, y, { testSize: 0.2, randomState: 42 });
    expect(s.XTrain).toHaveLength(3200);
    expect(s.yTrain).toHaveLength(3200);
    expect(s.XTest).toHaveLength(800);
    expect(s.yTest).toHaveLength(800);
    const expected = [
      [-10.628545640526491, -6.535223168962758],
      [-4.292676232494698, 7.572383964620064],
      [-6.000491848529867, 8.743593796692195],
    ];
    expected.forEach((row, i) => row.forEach((v, j) => expect(Object.is(s.XTrain[i][j], v)).toBe(true)));
    expect(s.yTrain.slice(0, 3)).toEqual([1, 3, 3]);
    expect(s.yTrain.slice(-3)).toEqual([0, 1, 2]);
  });

  it('puts the first ceil(testSize * n) permuted indices in the test set, in permutation order', () => {
    const idx = Array.from({ length: 1000 }, (_, i) => i);
    const s = trainTestSplit(idx, idx.map((i) => -i), { testSize: 0.2, randomState: 42 });
    expect(s.XTest).toHaveLength(200);
    expect(s.XTrain).toHaveLength(800);
    // RandomState(42).permutation(1000) begins 521, 737, ... (numpy 1.24.2).
    expect(s.XTest.slice(0, 10)).toEqual([521, 737, 740, 660, 411, 678, 626, 513, 859, 136]);
    expect(s.yTest.slice(0, 3)).toEqual([-521, -737, -740]);
    expect([...s.XTest, ...s.XTrain].sort((a, b) => a - b)).toEqual(idx);
  });

  it('defaults to a quarter for testing and rounds the test count up', () => {
    const idx = Array.from({ length: 10 }, (_, i) => i);
    expect(trainTestSplit(idx, idx, { randomState: 1 }).XTest).toHaveLength(3);
    expect(trainTestSplit(idx, idx, { testSize: 0.01, randomState: 1 }).XTest).toHaveLength(1);
  });

  it('rejects mismatched lengths and impossible test sizes', () => {
    expect(() => trainTestSplit([1, 2], [1], { randomState: 0 })).toThrow(/same length/);
    expect(() => trainTestSplit([1, 2, 3], [1, 2, 3], { testSize: 0, randomState: 0 })).toThrow(/testSize/);
    expect(() => trainTestSplit([1, 2, 3], [1, 2, 3], { testSize: 1, randomState: 0 })).toThrow(/testSize/);
    expect(() => trainTestSplit([1, 2], [1, 2], { testSize: 0.9, randomState: 0 })).toThrow(/no training samples/);
  });
});
