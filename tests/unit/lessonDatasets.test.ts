import { describe, expect, it } from 'vitest';
import { lessonDataset } from '../../src/lib/export/lessonDatasets';
import { makeBlobs, trainTestSplit } from '../../src/lib/data';

describe('lessonDataset', () => {
  it('has the lesson sizes: 4000 blobs, 1000 regression samples', () => {
    expect(lessonDataset('blobs4').rows.length).toBe(4000);
    expect(lessonDataset('blobs2-split').rows.length).toBe(4000);
    expect(lessonDataset('regression').rows.length).toBe(1000);
  });

  it('marks 800 of 4000 samples as test, the ones trainTestSplit picks', () => {
    const table = lessonDataset('blobs4-split');
    expect(table.columns).toEqual(['x0', 'x1', 'label', 'split']);
    const test = table.rows.filter((r) => r[3] === 'test');
    expect(test.length).toBe(800);
    const blobs = makeBlobs({ nSamples: 4000, centers: 4, clusterStd: 2, randomState: 101 });
    const { XTest } = trainTestSplit(blobs.X, blobs.y, { testSize: 0.2, randomState: 42 });
    const asKey = (p: readonly unknown[]) => `${p[0]},${p[1]}`;
    expect(new Set(test.map(asKey))).toEqual(new Set(XTest.map(asKey)));
  });

  it('keeps the samples in the order make_blobs made them', () => {
    const blobs = makeBlobs({ nSamples: 4000, centers: 4, clusterStd: 2, randomState: 101 });
    const rows = lessonDataset('blobs4').rows;
    expect(rows.slice(0, 5)).toEqual(blobs.X.slice(0, 5).map((p, i) => [p[0], p[1], blobs.y[i]]));
  });
});
