/**
 * Softmax e^{z_j} / sum_k e^{z_k}. Subtracting the largest score first leaves the result
 * unchanged but keeps every exponent <= 0, so large scores cannot overflow to Infinity.
 */
export function softmax(z: readonly number[]): number[] {
  if (z.length === 0) return [];
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / sum);
}
