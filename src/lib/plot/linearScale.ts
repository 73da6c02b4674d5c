/** A position scale: a value in data units to px. */
export type PositionScale = (value: number) => number;

/**
 * The linear scale Plot builds from an explicit two-number domain and a px range, written out
 * with d3's arithmetic (normalise, then interpolate as `a * (1 - t) + b * t`) so that it gives
 * the very numbers Plot draws: a figure updated in place then matches a drawing by Plot.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): PositionScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  // d3 normalises over an ascending domain and swaps the range with it.
  if (d1 < d0) {
    [d0, d1] = [d1, d0];
    [r0, r1] = [r1, r0];
  }
  const span = d1 - d0;
  return (value) => {
    const t = span ? (value - d0) / span : Number.isNaN(span) ? NaN : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}
