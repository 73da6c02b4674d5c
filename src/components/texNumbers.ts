// Formats computed numbers as TeX for ComputedMath. Rounding happens here, once, so a page
// shows the same digits in its prose, its matrices and its tables.

/** A number with a fixed count of decimals; never prints "-0.00". */
export function texNumber(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** A column vector as a TeX bmatrix. */
export function texVector(values: readonly number[], digits = 2): string {
  return `\\begin{bmatrix} ${values.map((v) => texNumber(v, digits)).join(' \\\\ ')} \\end{bmatrix}`;
}

/** A matrix (array of rows) as a TeX bmatrix. */
export function texMatrix(rows: readonly (readonly number[])[], digits = 2): string {
  const body = rows.map((row) => row.map((v) => texNumber(v, digits)).join(' & ')).join(' \\\\ ');
  return `\\begin{bmatrix} ${body} \\end{bmatrix}`;
}

/** A number for running text: typographic minus sign instead of a hyphen. */
export function proseNumber(value: number, digits = 2): string {
  return texNumber(value, digits).replace(/^-/, '\u2212');
}

/** Numbers as a comma-separated list for running text. */
export function proseList(values: readonly number[], digits = 2): string {
  return values.map((v) => proseNumber(v, digits)).join(', ');
}
