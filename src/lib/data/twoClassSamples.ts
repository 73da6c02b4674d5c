import { RandomState } from '../random/RandomState';

export interface TwoClassData {
  X: number[][];
  y: number[];
}

export interface TwoClassOptions {
  /** Default true. */
  shuffle?: boolean;
  /** Standard deviation of the Gaussian noise added to each coordinate; none when null. */
  noise?: number | null;
  randomState: number;
  /**
   * Whether sin, cos and the Gaussian's log round like glibc built for CPUs with a fused
   * multiply-add (default; NumPy's results on x86-64 with AVX2 and FMA), or like the build without.
   */
  fma?: boolean;
}

/**
 * What scikit-learn's `make_moons` and `make_circles` do once their two curves are drawn: label
 * the first `nOut` points 0 and the rest 1, shuffle the rows with a new generator seeded with
 * `randomState`, then add noise from that same generator, row by row, x before y.
 */
export function twoClassSamples(xs: number[], ys: number[], nOut: number, o: TwoClassOptions, caller: string): TwoClassData {
  const noise = o.noise ?? null;
  if (noise !== null && !(Number.isFinite(noise) && noise >= 0)) {
    throw new RangeError(`${caller} noise must be a finite number >= 0 (or null for none); got ${noise}`);
  }
  const rng = new RandomState(o.randomState, { fma: o.fma ?? true });
  let X = xs.map((x, i) => [x, ys[i]]);
  let y = xs.map((_, i) => (i < nOut ? 0 : 1));
  if (o.shuffle ?? true) {
    const idx = Array.from({ length: X.length }, (_, i) => i);
    rng.shuffle(idx);
    X = idx.map((i) => X[i]);
    y = idx.map((i) => y[i]);
  }
  if (noise !== null) {
    // NumPy's normal(loc=0, scale=noise) is 0 + noise * gauss; the sum keeps its rounding.
    for (const row of X) {
      row[0] += rng.normal(0, noise);
      row[1] += rng.normal(0, noise);
    }
  }
  return { X, y };
}
