/**
 * Compares what a program printed with what its `prints:` comments say, in order. Lines are
 * compared as tokens, ignoring brackets, commas and spacing, so NumPy's `[1 3 3]` and Node's
 * `[ 1, 3, 3 ]` agree. A number matches when it is within one unit of the last digit written
 * in the comment (`0.176` accepts 0.175 to 0.177), so a comment can quote a rounded value;
 * every other token must be equal. The expected lines must appear in the output in order;
 * other printed lines between them are allowed.
 */
export interface PrintedMismatch {
  expected: string;
  /** The closest-in-order candidate: the first output line after the last match, if any. */
  after?: string;
}

const SPLIT = /[\s,[\]()]+/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function tokens(line: string): string[] {
  return line.split(SPLIT).filter((t) => t.length > 0);
}

/** One unit in the last written digit of a number: 0.176 → 0.001, 12 → 1, 1.5e-3 → 1e-4. */
export function lastDigitUnit(written: string): number {
  const [mantissa = '', exponent = '0'] = written.toLowerCase().split('e');
  const decimals = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
  return 10 ** (Number(exponent) - decimals);
}

function tokenMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  if (!NUMBER.test(expected) || !NUMBER.test(actual)) return false;
  return Math.abs(Number(expected) - Number(actual)) <= lastDigitUnit(expected) * (1 + 1e-9);
}

export function lineMatches(expected: string, actual: string): boolean {
  const e = tokens(expected);
  const a = tokens(actual);
  return e.length === a.length && e.every((t, i) => tokenMatches(t, a[i] ?? ''));
}

export function matchPrinted(actual: readonly string[], expected: readonly string[]): PrintedMismatch[] {
  const mismatches: PrintedMismatch[] = [];
  let from = 0;
  for (const e of expected) {
    const at = actual.findIndex((a, i) => i >= from && lineMatches(e, a));
    if (at < 0) mismatches.push({ expected: e, after: actual[from] });
    else from = at + 1;
  }
  return mismatches;
}
