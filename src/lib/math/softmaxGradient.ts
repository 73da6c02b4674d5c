/**
 * Gradient of crossEntropy(softmax(z), label) with respect to the scores z: p - onehot(label).
 * It is this simple because the softmax's Jacobian and the log cancel each other.
 */
export function softmaxGradient(p: readonly number[], label: number): number[] {
  if (!Number.isInteger(label) || label < 0 || label >= p.length) {
    throw new RangeError(`softmaxGradient label must be an integer in [0, ${p.length - 1}]; got ${label}`);
  }
  return p.map((v, k) => (k === label ? v - 1 : v));
}
