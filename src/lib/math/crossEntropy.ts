/** Cross-entropy loss of one sample: -ln p[label], the negative log-probability of the true class. */
export function crossEntropy(p: readonly number[], label: number): number {
  if (!Number.isInteger(label) || label < 0 || label >= p.length) {
    throw new RangeError(`crossEntropy label must be an integer in [0, ${p.length - 1}]; got ${label}`);
  }
  return -Math.log(p[label]);
}
