import { makeBlobs, regressionData, trainTestSplit } from '../data';
import type { CsvValue } from './toCsv';
import { blobs2 } from '../experiments/blobs2';
import { blobs4 } from '../experiments/blobs4';
import { regression } from '../experiments/regression';
import type { BlobsDataConfig, RegressionDataConfig } from '../experiments/ExperimentConfig';

/** The lesson's datasets offered for download, with and without their train/test split. */
export const LESSON_DATASET_IDS = ['blobs4', 'blobs2', 'blobs4-split', 'blobs2-split', 'regression'] as const;
export type LessonDatasetId = (typeof LESSON_DATASET_IDS)[number];

export interface DatasetTable {
  title: string;
  columns: string[];
  rows: CsvValue[][];
}

// The configs are imported file by file: the experiments index also exports the training code,
// which would pull TF.js into every page that links a download.
const CONFIGS = { blobs4, blobs2 };

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
    const data = regression.data as RegressionDataConfig;
    const { x, y } = regressionData({ n: data.n, noise: data.noise, seed: data.seed });
    const split = splitLabels(x.length, { testSize: data.testSize, randomState: data.splitSeed });
    return { title: 'Noisy sigmoid for regression', columns: ['x', 'y', 'split'], rows: x.map((v, i) => [v, y[i], split[i]]) };
  }
  const base = id.startsWith('blobs4') ? 'blobs4' : 'blobs2';
  const data = CONFIGS[base].data as BlobsDataConfig;
  const { X, y } = makeBlobs({
    nSamples: data.nSamples,
    nFeatures: data.nFeatures,
    centers: data.centers,
    clusterStd: data.clusterStd,
    randomState: data.randomState,
  });
  const title = base === 'blobs4' ? 'Four blobs' : 'Two blobs';
  if (!id.endsWith('-split')) return { title, columns: ['x0', 'x1', 'label'], rows: X.map((p, i) => [p[0], p[1], y[i]]) };
  const split = splitLabels(X.length, { testSize: data.testSize, randomState: data.splitSeed });
  return { title: `${title} with train/test split`, columns: ['x0', 'x1', 'label', 'split'], rows: X.map((p, i) => [p[0], p[1], y[i], split[i]]) };
}
