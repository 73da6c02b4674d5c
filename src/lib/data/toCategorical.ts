/** One-hot rows for integer class labels, like `keras.utils.to_categorical`. */
export function toCategorical(y: number[], numClasses?: number): number[][] {
  let greatest = -1;
  for (let i = 0; i < y.length; i++) {
    const label = y[i];
    if (!Number.isInteger(label) || label < 0) {
      throw new RangeError(`toCategorical labels must be non-negative integers; got ${label}`);
    }
    if (label > greatest) greatest = label;
  }
  const k = numClasses ?? greatest + 1;
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
