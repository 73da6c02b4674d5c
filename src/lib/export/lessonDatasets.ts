import { makeBlobs, regressionData, trainTestSplit } from '../data';
import type { CsvValue } from './toCsv';

/** The lesson's datasets offered for download, with and without their train/test split. */
export const LESSON_DATASET_IDS = ['blobs4', 'blobs2', 'blobs4-split', 'blobs2-split', 'regression'] as const;
export type LessonDatasetId = (typeof LESSON_DATASET_IDS)[number];

export interface DatasetTable {
  title: string;
  columns: string[];
  rows: CsvValue[][];
}

// The lesson's parameters: make_blobs(4000, 2 features, random_state=101), then
// train_test_split(test_size=0.2, random_state=42).
const SPLIT = { testSize: 0.2, randomState: 42 };
const BLOBS = {
  blobs4: { nSamples: 4000, centers: 4, clusterStd: 2, randomState: 101 },
  blobs2: { nSamples: 4000, centers: 2, clusterStd: 2.5, randomState: 101 },
};

/** 'train' or 'test' for each of n samples, in the samples' own order. */
export function splitLabels(n: number, o: { testSize: number; randomState: number }): ('train' | 'test')[] {
  const index = Array.from({ length: n }, (_, i) => i);
  const { XTest } = trainTestSplit(index, index, o);
  const labels: ('train' | 'test')[] = index.map(() => 'train');
  for (const i of XTest) labels[i] = 'test';
  return labels;
}

/** Builds one dataset as a table (seeded, so the same rows every time). */
export function lessonDataset(id: LessonDatasetId): DatasetTable {
  if (id === 'regression') {
    const { x, y } = regressionData();
    const split = splitLabels(x.length, SPLIT);
    return { title: 'Noisy sigmoid for regression', columns: ['x', 'y', 'split'], rows: x.map((v, i) => [v, y[i], split[i]]) };
  }
  const base = id.startsWith('blobs4') ? 'blobs4' : 'blobs2';
  const { X, y } = makeBlobs(BLOBS[base]);
  const title = base === 'blobs4' ? 'Four blobs' : 'Two blobs';
  if (!id.endsWith('-split')) return { title, columns: ['x0', 'x1', 'label'], rows: X.map((p, i) => [p[0], p[1], y[i]]) };
  const split = splitLabels(X.length, SPLIT);
  return { title: `${title} with train/test split`, columns: ['x0', 'x1', 'label', 'split'], rows: X.map((p, i) => [p[0], p[1], y[i], split[i]]) };
}
