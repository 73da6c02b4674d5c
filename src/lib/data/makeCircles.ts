import { glibcCos } from '../math/libm/glibcCos';
import { glibcSin } from '../math/libm/glibcSin';
import { linspace } from './linspace';
import { twoClassCounts } from './twoClassCounts';
import { twoClassSamples, type TwoClassData, type TwoClassOptions } from './twoClassSamples';

export interface MakeCirclesOptions extends TwoClassOptions {
  /** Total points (the outer circle gets n // 2), or [outer, inner]. Default 100. */
  nSamples?: number | [number, number];
  /** Radius of the inner circle, the outer one being 1: 0 <= factor < 1. Default 0.8. */
  factor?: number;
}

/**
 * A circle of radius 1 around a smaller one, exactly as scikit-learn 1.2.1's `make_circles`
 * makes them: angles evenly spaced on [0, 2π) without the end point, the inner circle scaled by
 * `factor`, then one shuffle, then the noise, from NumPy's legacy generator. Bit for bit.
 */
export function makeCircles(o: MakeCirclesOptions): TwoClassData {
  const factor = o.factor ?? 0.8;
  if (!(factor >= 0 && factor < 1)) {
    throw new RangeError(`makeCircles factor must be between 0 (included) and 1 (excluded); got ${factor}`);
  }
  const [nOut, nIn] = twoClassCounts(o.nSamples ?? 100, 'makeCircles');
  const fma = o.fma ?? true;
  const tOut = linspace(0, 2 * Math.PI, nOut, false);
  const tIn = linspace(0, 2 * Math.PI, nIn, false);
  const xs = [...tOut.map((t) => glibcCos(t, fma)), ...tIn.map((t) => glibcCos(t, fma) * factor)];
  const ys = [...tOut.map((t) => glibcSin(t, fma)), ...tIn.map((t) => glibcSin(t, fma) * factor)];
  return twoClassSamples(xs, ys, nOut, o, 'makeCircles');
}
