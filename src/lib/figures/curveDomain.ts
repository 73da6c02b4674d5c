/** Multiples of a power of ten a curve's axis may end at. */
const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8] as const;

/** The least number of the form step x 10^n (STEPS) at or above `value` (> 0). */
function ceilingOf(value: number): number {
  for (let n = Math.floor(Math.log10(value)) - 1; ; n++) {
    for (const step of STEPS) {
      // Dividing by an exact power of ten, not multiplying by an inexact one: 3 / 10 is 0.3.
      const c = n >= 0 ? step * 10 ** n : step / 10 ** -n;
      if (c >= value) return c;
    }
  }
}

/** A held axis is kept while the values' own axis spans at least this share of it. */
export const HOLD_SHARE = 1 / 20;

/**
 * The value axis of a loss curve: from 0 to a round number at or above every value (below 0 too,
 * should a value be negative); [0, 1] with no values. It depends only on the greatest and least
 * values, and a value at or under the ceiling gives the same axis, so as a run adds epochs the
 * axis stays put until a value passes it: a live figure can then move its lines alone.
 *
 * With `held` (the axis on show), that axis is kept while it holds the values' own axis and the
 * latter spans at least HOLD_SHARE of it: a run whose loss climbs before it falls (the sine)
 * fills the axis of a finished run of the same settings instead of moving its own at each climb,
 * and a run whose values are far smaller than the axis on show gets its own.
 */
export function curveDomain(values: readonly number[], held?: readonly [number, number]): [number, number] {
  const own = ownDomain(values);
  if (held && own[0] >= held[0] && own[1] <= held[1] && own[1] - own[0] >= HOLD_SHARE * (held[1] - held[0])) return [held[0], held[1]];
  return own;
}

function ownDomain(values: readonly number[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const top = hi > 0 ? ceilingOf(hi) : lo < 0 ? 0 : 1;
  return [lo < 0 ? -ceilingOf(-lo) : 0, top];
}
