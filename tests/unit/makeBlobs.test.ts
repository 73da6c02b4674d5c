import { describe, expect, it } from 'vitest';
import { makeBlobs } from '../../src/lib/data/makeBlobs';

// Expected values: scikit-learn 1.2.1 on numpy 1.24.2 (the project's specification, section 11).
const blobs4 = () => makeBlobs({ nSamples: 4000, nFeatures: 2, centers: 4, clusterStd: 2, randomState: 101 });
const CENTERS4 = [
  [0.3279725540489231, 1.4133517373627953],
  [-9.430515470438062, -6.569566875497939],
  [3.705539633946252, 6.677937252721531],
  [-3.860675606555244, 7.872261593667947],
];

const expectBits = (actual: number[][], expected: number[][]): void => {
  expect(actual.length).toBeGreaterThanOrEqual(expected.length);
  expected.forEach((row, i) => row.forEach((v, j) => expect(Object.is(actual[i][j], v)).toBe(true)));
};

describe('makeBlobs', () => {
  it('draws the lesson’s 4 centres bit for bit', () => {
    const { centers } = blobs4();
    expect(centers).toHaveLength(4);
    expectBits(centers, CENTERS4);
  });

  it('reproduces the first shuffled samples of the 4-blob dataset bit for bit', () => {
    const { X, y } = blobs4();
    expect(X).toHaveLength(4000);
    expect(y).toHaveLength(4000);
    expectBits(X, [
      [-6.8592350563207525, -6.884733646201478],
      [-7.649012633905997, 11.260178730305356],
      [-2.4686068024942864, 0.9747303051706544],
    ]);
  });

  it('gives 1000 points per class, each near its own centre', () => {
    const { X, y, centers } = blobs4();
    for (let k = 0; k < 4; k++) {
      const rows = X.filter((_, i) => y[i] === k);
      expect(rows).toHaveLength(1000);
      const mean = [0, 1].map((f) => rows.reduce((s, r) => s + r[f], 0) / rows.length);
      // std 2 over 1000 points: the sample mean is within 0.2 of the centre (about 3 sigma).
      expect(Math.abs(mean[0] - centers[k][0])).toBeLessThan(0.2);
      expect(Math.abs(mean[1] - centers[k][1])).toBeLessThan(0.2);
    }
  });

  it('the 2-blob dataset reuses the first two centres of the 4-blob one', () => {
    const b2 = makeBlobs({ nSamples: 4000, centers: 2, clusterStd: 2.5, randomState: 101 });
    expectBits(b2.centers, CENTERS4.slice(0, 2));
    expect(b2.centers).toHaveLength(2);
    expect(b2.y.filter((v) => v === 0)).toHaveLength(2000);
    expect(b2.y.filter((v) => v === 1)).toHaveLength(2000);
  });

  it('without shuffle the blocks come in label order; with it, the same rows reordered', () => {
    const plain = makeBlobs({ nSamples: 10, centers: 3, randomState: 1, shuffle: false });
    expect(plain.y).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
    const shuffled = makeBlobs({ nSamples: 10, centers: 3, randomState: 1 });
    const key = (r: number[]) => r.join(',');
    expect(shuffled.X.map(key).sort()).toEqual(plain.X.map(key).sort());
    expect(shuffled.y).not.toEqual(plain.y);
  });

  it('honours nFeatures, centerBox and clusterStd 0', () => {
    const b = makeBlobs({ nSamples: 6, nFeatures: 3, centers: 2, clusterStd: 0, centerBox: [5, 6], randomState: 9 });
    expect(b.centers.every((c) => c.length === 3 && c.every((v) => v >= 5 && v < 6))).toBe(true);
    b.X.forEach((row, i) => expect(row).toEqual(b.centers[b.y[i]]));
  });

  it('rejects bad options with clear RangeErrors', () => {
    const ok = { nSamples: 10, centers: 2, randomState: 0 };
    expect(() => makeBlobs({ ...ok, nSamples: 0 })).toThrow(/nSamples must be an integer >= 1/);
    expect(() => makeBlobs({ ...ok, nSamples: 2.5 })).toThrow(RangeError);
    expect(() => makeBlobs({ ...ok, centers: 0 })).toThrow(/centers must be an integer >= 1/);
    expect(() => makeBlobs({ ...ok, nFeatures: -1 })).toThrow(/nFeatures/);
    expect(() => makeBlobs({ ...ok, clusterStd: -1 })).toThrow(/clusterStd/);
    expect(() => makeBlobs({ ...ok, clusterStd: Number.NaN })).toThrow(/clusterStd/);
    expect(() => makeBlobs({ ...ok, centerBox: [10, -10] })).toThrow(/low <= high/);
    expect(() => makeBlobs({ ...ok, randomState: -3 })).toThrow(/seed/);
  });
});
