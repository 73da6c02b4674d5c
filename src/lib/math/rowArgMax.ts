/**
 * The index of the largest value of each row of a rows x cols table laid out row after row (the
 * first such index on a tie), as argMax is for one row.
 */
export function rowArgMax(values: ArrayLike<number>, cols: number): number[] {
  if (!Number.isInteger(cols) || cols < 1) throw new RangeError(`rowArgMax needs a whole number of columns >= 1; got ${cols}`);
  const rows = Math.floor(values.length / cols);
  const out = new Array<number>(rows);
  for (let r = 0; r < rows; r++) {
    const at = r * cols;
    let best = 0;
    for (let c = 1; c < cols; c++) if (values[at + c] > values[at + best]) best = c;
    out[r] = best;
  }
  return out;
}
