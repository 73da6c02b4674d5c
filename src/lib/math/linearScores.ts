/** The linear classifier's class scores s = W x + b, with W shaped classes x features. */
export function linearScores(
  W: readonly (readonly number[])[],
  x: readonly number[],
  b: readonly number[],
): number[] {
  if (W.length !== b.length) {
    throw new RangeError(`linearScores needs one bias per row of W; got ${W.length} rows and ${b.length} biases`);
  }
  return W.map((row, k) => {
    if (row.length !== x.length) {
      throw new RangeError(`linearScores row ${k} of W has ${row.length} weights for ${x.length} features`);
    }
    let s = 0;
    for (let j = 0; j < x.length; j++) s += row[j] * x[j];
    return s + b[k];
  });
}
