import type { TwoClassData } from '../../../src/lib/data/twoClassSamples';
import type { DatasetCase } from './sklearnReference';

/** Sizes, odd and even, tuple sizes, noise levels (none, zero, small, large) and seeds. */
export function twoClassCases(kind: DatasetCase['kind']): DatasetCase[] {
  const base = { kind, noise: null, seed: 0, shuffle: true, factor: 0.8 } as const;
  return [
    { ...base, n: 100 },
    { ...base, n: 1, seed: 3 },
    { ...base, n: 2, seed: 3 },
    { ...base, n: 7, seed: 11, noise: 0.1 },
    { ...base, n: 101, seed: 42, noise: 0.2 },
    { ...base, n: 1000, seed: 42, noise: 0.1 },
    { ...base, n: 1001, seed: 42, noise: 0.15, factor: 0.5 },
    { ...base, n: 4000, seed: 101, noise: 0.05, factor: 0.3 },
    { ...base, n: 333, seed: 4294967295, noise: 0 },
    { ...base, n: 250, seed: 7, noise: 3 },
    { ...base, n: 999, seed: 5, shuffle: false },
    { ...base, n: 999, seed: 5, shuffle: false, noise: 0.3 },
    { ...base, n: [3, 8], seed: 9, noise: 0.1, factor: 0 },
    { ...base, n: [0, 5], seed: 9 },
  ];
}

/** The rows of `data` where it differs from scikit-learn's (X row-major, y), at most 3. */
export function differences(data: TwoClassData, X: Float64Array, y: number[]): string[] {
  const out: string[] = [];
  if (data.X.length * 2 !== X.length) return [`${data.X.length} rows, scikit-learn ${X.length / 2}`];
  data.X.forEach((row, i) => {
    const same = Object.is(row[0], X[2 * i]) && Object.is(row[1], X[2 * i + 1]) && data.y[i] === y[i];
    if (!same && out.length < 3) out.push(`row ${i}: ${row.join(', ')} (${data.y[i]}), scikit-learn ${X[2 * i]}, ${X[2 * i + 1]} (${y[i]})`);
  });
  return out;
}
