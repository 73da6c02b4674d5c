/** A value of one CSV cell. Numbers keep full precision (shortest round-trip form). */
export type CsvValue = string | number | boolean | null | undefined;

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
function field(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? numberText(v) : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// String(n) is the shortest text that parses back to the same double; -0 keeps its sign.
function numberText(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/**
 * CSV text with a header row: one line per row, `\n` line ends, a final newline.
 * Throws when a row's length differs from the header's, since a ragged file misreads silently.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [columns.map(field).join(',')];
  rows.forEach((row, i) => {
    if (row.length !== columns.length) throw new RangeError(`toCsv: row ${i} has ${row.length} cells, header has ${columns.length}`);
    lines.push(row.map(field).join(','));
  });
  return lines.join('\n') + '\n';
}
