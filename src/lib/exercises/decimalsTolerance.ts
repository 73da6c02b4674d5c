import type { Tolerance } from './checkNumeric';

/**
 * The tolerance that accepts an answer rounded to `decimals` places: half a unit of the last
 * place (plus a hair, so that 0.3535 rounded either way passes). 0 decimals accepts the nearest
 * whole number; use no tolerance at all for counts that must be exact.
 */
export function decimalsTolerance(decimals: number): Tolerance {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
    throw new RangeError(`decimalsTolerance takes a whole number of decimals from 0 to 12; got ${decimals}.`);
  }
  return { abs: 0.5 * 10 ** -decimals * 1.0001 };
}
