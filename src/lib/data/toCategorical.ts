/** One-hot rows for integer class labels, like `keras.utils.to_categorical`. */
export function toCategorical(y: number[], numClasses?: number): number[][] {
  for (const label of y) {
    if (!Number.isInteger(label) || label < 0) {
      throw new RangeError(`toCategorical labels must be non-negative integers; got ${label}`);
    }
  }
  const k = numClasses ?? (y.length === 0 ? 0 : Math.max(...y) + 1);
  if (!Number.isInteger(k) || k < 0) {
    throw new RangeError(`toCategorical numClasses must be a non-negative integer; got ${k}`);
  }
  return y.map((label) => {
    if (label >= k) throw new RangeError(`toCategorical label ${label} is not below numClasses ${k}`);
    const row = new Array<number>(k).fill(0);
    row[label] = 1;
    return row;
  });
}
