/**
 * One domain for both axes of a 2-D feature plot, so a unit on x is a unit on y and the
 * clusters keep their shape. Padded by `pad` of the span; falls back to [-1, 1] when empty.
 */
export function squareDomain(points: readonly (readonly number[])[], pad = 0.05): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  // Two plain comparisons a point: no array of its two values, ten thousand times.
  for (let i = 0; i < points.length; i++) {
    const a = points[i][0];
    const b = points[i][1];
    if (Number.isFinite(a)) {
      if (a < lo) lo = a;
      if (a > hi) hi = a;
    }
    if (Number.isFinite(b)) {
      if (b < lo) lo = b;
      if (b > hi) hi = b;
    }
  }
  if (!(hi >= lo)) return [-1, 1];
  const span = hi - lo || 1;
  return [lo - pad * span, hi + pad * span];
}
