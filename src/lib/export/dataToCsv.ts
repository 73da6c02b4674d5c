/**
 * The CSV a reader downloads of a demo's current data: training rows then test rows, with the
 * split column saying which is which. Classification rows are x0, x1, label; regression rows
 * are x, y. Same columns as the lesson's data files.
 */
import type { Split } from '../figures/split';
import { toCsv } from './toCsv';

export interface CsvData {
  kind: 'classification' | 'regression';
  X: readonly (readonly number[])[];
  y: readonly number[];
  split: readonly Split[];
}

export function dataToCsv(d: CsvData): string {
  return d.kind === 'classification'
    ? toCsv(['x0', 'x1', 'label', 'split'], d.X.map((p, i) => [p[0], p[1], d.y[i], d.split[i]]))
    : toCsv(['x', 'y', 'split'], d.X.map((p, i) => [p[0], d.y[i], d.split[i]]));
}
