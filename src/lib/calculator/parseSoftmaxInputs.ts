/**
 * Reads the softmax calculator's form: every entry of W, x and b and the true class, as typed.
 * Entries are checked one by one with the same rules as every other demo control (parseKnob),
 * so an empty, non-numeric or absurd entry gets a message of its own and never reaches the maths.
 */
import { parseKnob, type KnobSpec } from '../knobs/parseKnob';

/** The numbers of one softmax example: W is classes x features, x has one entry per feature. */
export interface SoftmaxInputs {
  W: number[][];
  x: number[];
  b: number[];
  label: number;
}

/** The same entries as the reader typed them. */
export interface SoftmaxInputText {
  W: readonly (readonly string[])[];
  x: readonly string[];
  b: readonly string[];
  label: string;
}

export type SoftmaxInputsResult =
  | { ok: true; value: SoftmaxInputs; errors: Record<string, never> }
  | { ok: false; errors: Record<string, string> };

/**
 * Largest magnitude of an entry. A score then stays below about 4e12 for the lesson's shape,
 * far inside what a double holds, so no score can be Infinity and no softmax NaN.
 */
export const SOFTMAX_ENTRY_LIMIT = 1e6;

/** The key naming one entry: `W-1-3`, `x-2`, `b-0` or `label`. */
export type SoftmaxInputKey = `W-${number}-${number}` | `x-${number}` | `b-${number}` | 'label';

export function softmaxInputKey(kind: 'W', row: number, column: number): SoftmaxInputKey;
export function softmaxInputKey(kind: 'x' | 'b', index: number): SoftmaxInputKey;
export function softmaxInputKey(kind: 'W' | 'x' | 'b', i: number, j?: number): SoftmaxInputKey {
  return kind === 'W' ? `W-${i}-${j ?? 0}` : `${kind}-${i}`;
}

/** The words that name an entry to a reader (input labels and messages). */
export function softmaxInputLabel(key: SoftmaxInputKey): string {
  if (key === 'label') return 'True class';
  const [kind, i, j] = key.split('-');
  if (kind === 'W') return `W, row ${i}, column ${j}`;
  return kind === 'x' ? `x, entry ${i}` : `b, entry ${i}`;
}

function entrySpec(key: SoftmaxInputKey): KnobSpec {
  return { name: key, label: softmaxInputLabel(key), kind: 'number', min: -SOFTMAX_ENTRY_LIMIT, max: SOFTMAX_ENTRY_LIMIT, default: 0 };
}

export function parseSoftmaxInputs(text: SoftmaxInputText): SoftmaxInputsResult {
  const classes = text.W.length;
  const features = text.x.length;
  const errors: Record<string, string> = {};
  const read = (key: SoftmaxInputKey, raw: string, spec: KnobSpec = entrySpec(key)): number => {
    const r = parseKnob(raw, spec);
    if (r.ok) return r.value;
    errors[key] = r.message;
    return Number.NaN;
  };

  if (text.b.length !== classes) throw new RangeError(`parseSoftmaxInputs: ${classes} rows of W but ${text.b.length} biases`);
  const W = text.W.map((row, i) => {
    if (row.length !== features) throw new RangeError(`parseSoftmaxInputs: row ${i} of W has ${row.length} entries for ${features} features`);
    return row.map((raw, j) => read(softmaxInputKey('W', i, j), raw));
  });
  const x = text.x.map((raw, j) => read(softmaxInputKey('x', j), raw));
  const b = text.b.map((raw, i) => read(softmaxInputKey('b', i), raw));
  const label = read('label', text.label, {
    name: 'label',
    label: softmaxInputLabel('label'),
    kind: 'integer',
    min: 0,
    max: classes - 1,
    default: 0,
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { W, x, b, label }, errors: {} };
}
