/**
 * `num` evenly spaced numbers from `start` to `stop`, computed as NumPy's `linspace` does
 * (`i * step + start`, with the last value set to `stop` exactly) so the values match bit for bit.
 */
export function linspace(start: number, stop: number, num = 50): number[] {
  if (!Number.isInteger(num) || num < 0) {
    throw new RangeError(`linspace num must be a non-negative integer; got ${num}`);
  }
  if (num === 0) return [];
  if (num === 1) return [start];
  const step = (stop - start) / (num - 1);
  const out = new Array<number>(num);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}
