/**
 * Reads a reader's CSV file of 2-D points: `x0,x1,label`, the layout the demos' CSV export
 * writes (which adds a fourth column, `split`, read and set aside: the page splits the points
 * again with the lesson's test size). The dialect, stated on the page (CSV_DIALECT):
 *   - UTF-8 text, with or without a byte-order mark; LF or CRLF line ends; a final newline or not;
 *   - comma-separated; spaces around a value and one pair of double quotes around it are allowed;
 *   - an optional header: the first line that is not blank, when none of its fields is a number
 *     (its names are not checked: columns are read in the order x0, x1, label);
 *   - blank lines are skipped;
 *   - x0 and x1 finite numbers (JavaScript number syntax: 1, -2.5, .5, 3e4); label a whole number
 *     0 to 7; at most 20,000 rows, of at least 2 classes; at most 5 MB.
 * Anything else is refused with the first offending line (1-based, counting every line of the
 * file) and what is wrong there; `line` is 0 when the problem is the file as a whole.
 */
import { csvSizeProblem } from './csvSizeProblem';
import { POINT_LIMITS } from '../points/pointsProblem';

export type ParsedPoints = { ok: true; X: number[][]; y: number[] } | { ok: false; message: string; line: number };

type Refusal = Extract<ParsedPoints, { ok: false }>;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const COLUMNS = ['x0', 'x1', 'label'] as const;

/** Parses the bytes of a file (or text already decoded) into points, or says why not. */
export function parsePointsCsv(input: Uint8Array | string): ParsedPoints {
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) return refuse(lineAt(text, nul), 'it holds a NUL byte, so this is not a text file. Export the data as CSV text.');
  return parseLines(text.split('\n'));
}

function parseLines(lines: string[]): ParsedPoints {
  const X: number[][] = [];
  const y: number[] = [];
  let seenFirst = false;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (raw.trim() === '') continue;
    const fields = raw.split(',').map(unquote);
    if (!seenFirst) {
      seenFirst = true;
      if (!fields.some((f) => NUMBER.test(f) || NOT_FINITE.test(f))) {
        const shape = columnsProblem(fields, line, true);
        if (shape) return shape;
        continue;
      }
    }
    if (X.length === POINT_LIMITS.maxPoints) {
      return refuse(line, `the file has more than ${POINT_LIMITS.maxPoints} rows; the page takes at most ${POINT_LIMITS.maxPoints} points.`);
    }
    const row = parseRow(fields, line);
    if (!row.ok) return row;
    X.push([row.x0, row.x1]);
    y.push(row.label);
  }
  return classesProblem(y) ?? { ok: true, X, y };
}

function parseRow(fields: string[], line: number): Refusal | { ok: true; x0: number; x1: number; label: number } {
  const shape = columnsProblem(fields, line, false);
  if (shape) return shape;
  const values: number[] = [];
  for (let c = 0; c < COLUMNS.length; c++) {
    const v = readNumber(fields[c], COLUMNS[c], line);
    if (typeof v !== 'number') return v;
    values.push(v);
  }
  const [x0, x1, label] = values;
  if (!(Number.isInteger(label) && label >= 0 && label <= POINT_LIMITS.maxLabel)) {
    return refuse(
      line,
      `label ${show(fields[2])} is not a class: labels are whole numbers 0 to ${POINT_LIMITS.maxLabel} (at most ${POINT_LIMITS.maxLabel + 1} classes).`,
    );
  }
  return { ok: true, x0, x1, label };
}

/** A row (or the header) must have x0, x1, label, and may have the export's split column. */
function columnsProblem(fields: string[], line: number, header: boolean): Refusal | undefined {
  const what = header ? 'the header' : 'this row';
  if (fields.length < COLUMNS.length) {
    const missing = COLUMNS.slice(fields.length).join(' and ');
    return refuse(line, `${what} has ${fields.length} column${fields.length === 1 ? '' : 's'}: ${missing} missing. Each line needs x0,x1,label.`);
  }
  if (fields.length > COLUMNS.length + 1) {
    return refuse(line, `${what} has ${fields.length} columns; expected 3 (x0,x1,label) or 4 (x0,x1,label,split).`);
  }
  if (!header && fields.length === 4 && !/^(?:train|test)$/i.test(fields[3])) {
    return refuse(line, `the fourth column is the split and must say train or test; found ${show(fields[3])}.`);
  }
  return undefined;
}

function readNumber(field: string, column: string, line: number): number | Refusal {
  if (field === '') return refuse(line, `${column} is empty: each line needs x0,x1,label.`);
  if (NOT_FINITE.test(field)) return refuse(line, `${column} is ${show(field)}; values must be finite numbers.`);
  if (!NUMBER.test(field)) return refuse(line, `${column} is not a number: ${show(field)}.`);
  const v = Number(field);
  if (!Number.isFinite(v)) return refuse(line, `${column} ${show(field)} is too large to be a finite number.`);
  return v;
}

function classesProblem(y: number[]): Refusal | undefined {
  if (y.length === 0) return { ok: false, line: 0, message: 'The file has no data rows: nothing to import.' };
  const classes = new Set(y);
  if (classes.size >= POINT_LIMITS.minClasses) return undefined;
  return {
    ok: false,
    line: 0,
    message: `Every point in the file is of class ${y[0]}: a classifier needs points of at least ${POINT_LIMITS.minClasses} classes.`,
  };
}

/** UTF-8 text without its byte-order mark, or the line of the first byte that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): Refusal | { ok: true; text: string } {
  const size = csvSizeProblem(bytes.byteLength);
  if (size) return size;
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return refuse(line, `byte ${bad + 1} of the file is not UTF-8 text: this is not a text file, or it uses another encoding. Save it as UTF-8 CSV.`);
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text: new TextDecoder('utf-8').decode(hasBom ? bytes.subarray(3) : bytes) };
}

/** Offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the allowed range of its second byte (no overlongs, no surrogates).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n;
  }
  return -1;
}

function unquote(field: string): string {
  const t = field.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/** A field quoted for a message, cut short: a message must stay readable whatever the file holds. */
function show(field: string): string {
  const cut = field.length > 24 ? `${field.slice(0, 24)}…` : field;
  return `"${cut}"`;
}

function refuse(line: number, problem: string): Refusal {
  return { ok: false, line, message: `Line ${line}: ${problem}` };
}
