import { glibcCos } from '../math/libm/glibcCos';
import { glibcSin } from '../math/libm/glibcSin';
import { linspace } from './linspace';
import { twoClassCounts } from './twoClassCounts';
import { twoClassSamples, type TwoClassData, type TwoClassOptions } from './twoClassSamples';

export interface MakeMoonsOptions extends TwoClassOptions {
  /** Total points (the upper moon gets n // 2), or [upper, lower]. Default 100. */
  nSamples?: number | [number, number];
}

/**
 * Two interleaving half circles, exactly as scikit-learn 1.2.1's `make_moons` makes them with
 * NumPy's legacy generator: the upper moon cos t, sin t and the lower 1 − cos t, 1 − sin t − 0.5
 * for t evenly spaced on [0, π], then one shuffle, then the noise. Same options, same arrays,
 * bit for bit (sin and cos are glibc's, which NumPy calls).
 */
export function makeMoons(o: MakeMoonsOptions): TwoClassData {
  const [nOut, nIn] = twoClassCounts(o.nSamples ?? 100, 'makeMoons');
  const fma = o.fma ?? true;
  const tOut = linspace(0, Math.PI, nOut);
  const tIn = linspace(0, Math.PI, nIn);
  const xs = [...tOut.map((t) => glibcCos(t, fma)), ...tIn.map((t) => 1 - glibcCos(t, fma))];
  const ys = [...tOut.map((t) => glibcSin(t, fma)), ...tIn.map((t) => 1 - glibcSin(t, fma) - 0.5)];
  return twoClassSamples(xs, ys, nOut, o, 'makeMoons');
}
