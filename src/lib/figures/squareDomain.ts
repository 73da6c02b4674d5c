/**
 * One domain for both axes of a 2-D feature plot, so a unit on x is a unit on y and the
 * clusters keep their shape. Padded by `pad` of the span; falls back to [-1, 1] when empty.
 */
export function squareDomain(points: readonly (readonly number[])[], pad = 0.05): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    for (const v of [p[0], p[1]]) {
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(hi >= lo)) return [-1, 1];
  const span = hi - lo || 1;
  return [lo - pad * span, hi + pad * span];
}
