import { describeClassCounts } from '../figures/describe';

/** What a reader's own data holds, in one sentence for the status line (read out to screen readers). */
export function describePoints(d: { all: { y: readonly number[] }; XTrain: readonly unknown[]; XTest: readonly unknown[] }): string {
  const n = d.all.y.length;
  if (n === 0) return 'Your data: no points yet.';
  const split = d.XTest.length > 0 ? `${d.XTrain.length} to train on and ${d.XTest.length} to test with` : 'too few to split into train and test';
  return `Your data: ${n} point${n === 1 ? '' : 's'} in ${describeClassCounts(d.all.y)}; ${split}.`;
}
