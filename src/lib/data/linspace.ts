/**
 * `num` evenly spaced numbers from `start` to `stop`, computed as NumPy's `linspace` does
 * (`i * step + start`, with the last value set to `stop` exactly) so the values match bit for bit.
 * With `endpoint` false, `stop` is left out and the step is `(stop - start) / num`, as NumPy's
 * `endpoint=False` (scikit-learn's circles use it, so the first point is not also the last).
 */
export function linspace(start: number, stop: number, num = 50, endpoint = true): number[] {
  if (!Number.isInteger(num) || num < 0) {
    throw new RangeError(`linspace num must be a non-negative integer; got ${num}`);
  }
  if (num === 0) return [];
  if (endpoint && num === 1) return [start];
  const step = (stop - start) / (endpoint ? num - 1 : num);
  const out = new Array<number>(num);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  if (endpoint) out[num - 1] = stop;
  return out;
}
