import { experimentData } from '../experiments/experimentData';
import type { CsvValue } from './toCsv';
import { EXPERIMENTS, experimentById, isExperimentId } from '../experiments/registry';

/**
 * Every experiment's dataset offered for download: a classifier's points with and without their
 * train/test split ('<id>' and '<id>-split'), a regression's points with their split ('<id>').
 */
export const LESSON_DATASET_IDS: readonly string[] = EXPERIMENTS.flatMap((c) =>
  c.kind === 'classification' ? [c.id, `${c.id}-split`] : [c.id],
);
export type LessonDatasetId = string;

export interface DatasetTable {
  title: string;
  columns: string[];
  rows: CsvValue[][];
}

/** Builds one dataset as a table (seeded, so the same rows every time), samples in the order made. */
export function lessonDataset(id: LessonDatasetId): DatasetTable {
  const split = id.endsWith('-split');
  const base = split ? id.slice(0, -'-split'.length) : id;
  if (!isExperimentId(base) || !LESSON_DATASET_IDS.includes(id)) throw new RangeError(`Unknown dataset ${id}.`);
  const config = experimentById(base);
  const { X, y, split: part } = experimentData(config).all;
  const title = config.dataName;
  if (config.kind === 'regression') return { title, columns: ['x', 'y', 'split'], rows: X.map((p, i) => [p[0], y[i], part[i]]) };
  if (!split) return { title, columns: ['x0', 'x1', 'label'], rows: X.map((p, i) => [p[0], p[1], y[i]]) };
  return { title: `${title} with train/test split`, columns: ['x0', 'x1', 'label', 'split'], rows: X.map((p, i) => [p[0], p[1], y[i], part[i]]) };
}
