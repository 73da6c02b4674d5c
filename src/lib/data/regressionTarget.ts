import { glibcSin } from '../math/libm/glibcSin';

/** The curves a regression demo can learn, in the order its control lists them. */
export const REGRESSION_TARGETS = ['sigmoid', 'sine', 'step', 'abs'] as const;
export type RegressionTarget = (typeof REGRESSION_TARGETS)[number];

/**
 * The noiseless target at x, for x in the lesson's [-20, 20]: the lesson's falling sigmoid
 * 1 / (1 + e^x); a sine, sin(x / 4), about one and a half periods wide and reaching −1; a step,
 * 1 left of 0 and 0 from 0 on; and |x| / 20, a V from 1 down to 0 and back. Only the sigmoid
 * has the shape of a single sigmoid unit; the others need a hidden layer.
 */
export function regressionTarget(target: RegressionTarget, x: number): number {
  switch (target) {
    case 'sigmoid':
      return 1 / (1 + Math.exp(x));
    case 'sine':
      // The C library's sin (Python's math.sin). NumPy's vectorised np.sin(x / 4) gives the same
      // value or one a unit in the last place away: on CPUs with AVX-512 it runs SIMD code of its own.
      return glibcSin(x / 4);
    case 'step':
      return x < 0 ? 1 : 0;
    case 'abs':
      return Math.abs(x) / 20;
    default:
      throw new RangeError(`Unknown regression target ${String(target)}; use one of ${REGRESSION_TARGETS.join(', ')}.`);
  }
}

/** Each target's formula in plain text, for tables, captions and prose. */
export const REGRESSION_TARGET_FORMULAS: Record<RegressionTarget, string> = {
  sigmoid: '1 / (1 + eˣ)',
  sine: 'sin(x / 4)',
  step: '1 for x < 0, else 0',
  abs: '|x| / 20',
};
