import { makeBlobs, regressionData, trainTestSplit } from '../data';
import type { CsvValue } from './toCsv';
import { EXPERIMENTS, experimentById, isExperimentId } from '../experiments/registry';

/**
 * Every experiment's dataset offered for download: a classifier's points with and without their
 * train/test split ('<id>' and '<id>-split'), a regression's points with their split ('<id>').
 */
export const LESSON_DATASET_IDS: readonly string[] = EXPERIMENTS.flatMap((c) =>
  c.data.kind === 'blobs' ? [c.id, `${c.id}-split`] : [c.id],
);
export type LessonDatasetId = string;

export interface DatasetTable {
  title: string;
  columns: string[];
  rows: CsvValue[][];
}

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
  const split = id.endsWith('-split');
  const base = split ? id.slice(0, -'-split'.length) : id;
  if (!isExperimentId(base) || !LESSON_DATASET_IDS.includes(id)) throw new RangeError(`Unknown dataset ${id}.`);
  const config = experimentById(base);
  const data = config.data;
  const title = config.dataName;
  if (data.kind === 'regression') {
    const { x, y } = regressionData({ n: data.n, noise: data.noise, seed: data.seed });
    const labels = splitLabels(x.length, { testSize: data.testSize, randomState: data.splitSeed });
    return { title, columns: ['x', 'y', 'split'], rows: x.map((v, i) => [v, y[i], labels[i]]) };
  }
  const { X, y } = makeBlobs({
    nSamples: data.nSamples,
    nFeatures: data.nFeatures,
    centers: data.centers,
    clusterStd: data.clusterStd,
    randomState: data.randomState,
  });
  if (!split) return { title, columns: ['x0', 'x1', 'label'], rows: X.map((p, i) => [p[0], p[1], y[i]]) };
  const labels = splitLabels(X.length, { testSize: data.testSize, randomState: data.splitSeed });
  return { title: `${title} with train/test split`, columns: ['x0', 'x1', 'label', 'split'], rows: X.map((p, i) => [p[0], p[1], y[i], labels[i]]) };
}
