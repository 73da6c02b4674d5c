/**
 * The CSV a reader downloads of a demo's current data: every sample in the order it was made,
 * with the split column saying which part of the split it went to. Classification rows are x0,
 * x1, label; regression rows are x, y. Same columns as the lesson's data files.
 */
import type { Split } from '../figures/split';
import { toCsv } from './toCsv';

export interface CsvData {
  kind: 'classification' | 'regression';
  all: { X: readonly (readonly number[])[]; y: readonly number[]; split: readonly Split[] };
}

export function dataToCsv({ kind, all }: CsvData): string {
  return kind === 'classification'
    ? toCsv(['x0', 'x1', 'label', 'split'], all.X.map((p, i) => [p[0], p[1], all.y[i], all.split[i]]))
    : toCsv(['x', 'y', 'split'], all.X.map((p, i) => [p[0], all.y[i], all.split[i]]));
}
