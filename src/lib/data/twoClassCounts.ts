/** The outer and inner counts for `nSamples`: an integer splits as n // 2 and the rest. */
export function twoClassCounts(nSamples: number | readonly [number, number], caller: string): [number, number] {
  const counts: [number, number] = typeof nSamples === 'number'
    ? [Math.floor(nSamples / 2), nSamples - Math.floor(nSamples / 2)]
    : [nSamples[0], nSamples[1]];
  const bad = typeof nSamples === 'number'
    ? !Number.isInteger(nSamples) || nSamples < 1
    : counts.some((c) => !Number.isInteger(c) || c < 0) || counts[0] + counts[1] < 1;
  if (bad) {
    throw new RangeError(`${caller} nSamples must be an integer >= 1 or two integers >= 0 [outer, inner]; got ${String(nSamples)}`);
  }
  return counts;
}
