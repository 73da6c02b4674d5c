/** The index of the largest value of a row; the first such index on a tie, 0 for an empty row. */
export function argMax(row: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if (row[i]! > row[best]!) best = i;
  return best;
}
