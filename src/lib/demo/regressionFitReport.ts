import type { RegressionTarget } from '../data/regressionTarget';

/**
 * The numbers shown beside the fitted curve, and one sentence that says what they mean. Pure,
 * so the build-time figure, the live demo and the tests word them the same way.
 */

export interface RegressionFitNumbers {
  /** Mean squared error on the training points; absent before the first epoch. */
  trainMse?: number;
  /** Mean squared error on the test points. */
  testMse?: number;
  /** Standard deviation of the noise in the data (the noise knob). */
  noise: number;
  /** The lesson's reported test MSE, for the lesson's own experiment. */
  lessonMse?: number;
  /** Hidden units of the model (0 or absent: one sigmoid unit) and the curve it learns, for the advice. */
  hidden?: number;
  target?: RegressionTarget;
}

export type FitReportKey = 'train' | 'test' | 'lesson' | 'floor';

export interface FitReportRow {
  key: FitReportKey;
  label: string;
  /** Formatted for reading; '—' while unknown. */
  text: string;
  value?: number;
}

export interface FitReport {
  rows: FitReportRow[];
  /** What the test MSE says, compared with the lesson and the noise floor. */
  verdict: string;
}

/** The noise floor: no model can beat the variance of the noise on average. */
export function noiseFloor(noise: number): number {
  return noise * noise;
}

/** An MSE for reading: three significant digits, plain decimals down to 1e-6. */
export function formatMse(v: number | undefined): string {
  if (v === undefined) return '—';
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  if (Math.abs(v) < 1e-6) return v.toExponential(2);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(v))));
  return Number(v.toFixed(Math.min(digits, 8))).toString();
}

/** How far above the floor still counts as "at the floor" (relative), for the verdict. */
const AT_FLOOR = 0.2;

export function regressionFitReport(n: RegressionFitNumbers): FitReport {
  const floor = noiseFloor(n.noise);
  const rows: FitReportRow[] = [
    { key: 'train', label: 'Training MSE', text: formatMse(n.trainMse), ...(n.trainMse !== undefined ? { value: n.trainMse } : {}) },
    { key: 'test', label: 'Test MSE', text: formatMse(n.testMse), ...(n.testMse !== undefined ? { value: n.testMse } : {}) },
    ...(n.lessonMse !== undefined ? [{ key: 'lesson' as const, label: 'Lesson’s test MSE', text: formatMse(n.lessonMse), value: n.lessonMse }] : []),
    { key: 'floor', label: `Noise floor σ² (σ = ${formatMse(n.noise)})`, text: formatMse(floor), value: floor },
  ];
  return { rows, verdict: verdict(n, floor) };
}

/** What to try when the curve stays above the floor: it depends on the model and the curve. */
function advice(n: RegressionFitNumbers): string {
  if ((n.hidden ?? 0) > 0) return 'Train longer, try more hidden units, or another seed.';
  if (n.target !== undefined && n.target !== 'sigmoid') return 'One sigmoid unit rises or falls only once: give the model a hidden layer.';
  return 'Train longer, or try another seed if the sigmoid is stuck.';
}

function verdict(n: RegressionFitNumbers, floor: number): string {
  const { testMse: test, lessonMse: lesson } = n;
  const against = lesson === undefined ? 'the noise floor' : 'the lesson’s and the noise floor';
  if (test === undefined) return `Train the model to see its error beside ${against}.`;
  if (!Number.isFinite(test)) return `The test MSE is ${String(test)}: the run did not produce a usable model.`;
  const vsLesson =
    lesson === undefined ? '' : test <= lesson ? `, at or below the lesson’s ${formatMse(lesson)}` : `, above the lesson’s ${formatMse(lesson)}`;
  if (floor === 0) {
    return `Test MSE ${formatMse(test)}${vsLesson}. With no noise the floor is 0, so all of this error is the model’s own.`;
  }
  const ratio = test / floor;
  // "Test MSE 0.0095, at or below the lesson's 0.0117 and" or, without a lesson figure, "Test MSE 0.0095,".
  const lead = `Test MSE ${formatMse(test)}${vsLesson}${lesson === undefined ? ',' : ' and'}`;
  if (ratio < 1) {
    return (
      `${lead} a little under the noise floor ${formatMse(floor)}: ` +
      'on a finite test set the noise averages a bit above or below σ², so the model has learnt all there is to learn.'
    );
  }
  if (ratio <= 1 + AT_FLOOR) {
    return `${lead} close to the noise floor ${formatMse(floor)}: what is left is mostly noise.`;
  }
  return (
    `${lead} ${formatMse(ratio)} times the noise floor ${formatMse(floor)}: ` +
    `the curve has not caught up with the data. ${advice(n)}`
  );
}
