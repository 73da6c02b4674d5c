import { RandomState } from '../random/RandomState';
import { linspace } from './linspace';
import { regressionTarget, type RegressionTarget } from './regressionTarget';

/**
 * The lesson drew its regression noise from an unseeded generator, so its exact points cannot
 * be recovered. This seed is the project's own choice; it makes the dataset the same everywhere.
 */
export const REGRESSION_SEED = 42;

/**
 * The lesson's 1-D regression data: x evenly spaced on [-20, 20] and y a falling sigmoid,
 * 1 / (1 + e^x), plus Gaussian noise drawn in order from a seeded NumPy-compatible generator.
 * Another `target` (see regressionTarget) changes the curve and keeps the same x and noise.
 */
export function regressionData(
  o: { n?: number; noise?: number; seed?: number; target?: RegressionTarget } = {},
): { x: number[]; y: number[] } {
  const { n = 1000, noise = 0.1, seed = REGRESSION_SEED, target = 'sigmoid' } = o;
  if (!Number.isInteger(n) || n < 2) {
    throw new RangeError(`regressionData n must be an integer >= 2; got ${n}`);
  }
  if (!Number.isFinite(noise) || noise < 0) {
    throw new RangeError(`regressionData noise must be a finite number >= 0; got ${noise}`);
  }
  const rng = new RandomState(seed);
  const x = linspace(-20, 20, n);
  const y = x.map((v) => regressionTarget(target, v) + noise * rng.standardNormal());
  return { x, y };
}
