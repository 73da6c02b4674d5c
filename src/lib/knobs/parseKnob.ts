/**
 * A knob is one control of a demo (samples, learning rate, batch size...): a number, or a
 * choice among named options held as the option's index (an activation, a target curve).
 * The same spec validates what a reader types and what a shared link carries, so both
 * paths give the same messages and neither can feed the model a value it cannot use.
 */
import { quoteVisible } from './visibleText';

export interface KnobSpec<N extends string = string> {
  /** Key in the URL and in the settings object. */
  name: N;
  /** Human name, starts the messages ("Batch size must be ..."). */
  label: string;
  kind: 'integer' | 'number' | 'choice';
  /** A choice's options; its value is an index into them (min 0, max options.length - 1). */
  options?: readonly string[];
  min: number;
  max: number;
  default: number;
  /** When true the value must be strictly greater than `min` (a learning rate of 0 learns nothing). */
  minExclusive?: boolean;
}

export type KnobProblem =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'zero'
  | 'not-integer'
  | 'too-large'
  | 'too-small'
  | 'not-a-choice';

export type KnobResult =
  | { ok: true; value: number }
  | { ok: false; problem: KnobProblem; message: string };

// Plain decimal or exponent notation only: Number() would also take '0x10', '0b1', ' ', 'Infinity'.
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SHOWN_CHARS = 16;

/** The allowed range in words, e.g. "a whole number between 1 and 3200". */
export function describeRange(spec: KnobSpec): string {
  if (spec.kind === 'choice') return `one of ${(spec.options ?? []).join(', ')}`;
  const noun = spec.kind === 'integer' ? 'a whole number' : 'a number';
  if (spec.minExclusive) {
    return `${noun} greater than ${formatNumber(spec.min)} and at most ${formatNumber(spec.max)}`;
  }
  return `${noun} between ${formatNumber(spec.min)} and ${formatNumber(spec.max)}`;
}

export function parseKnob(raw: string, spec: KnobSpec): KnobResult {
  const rule = `${spec.label} must be ${describeRange(spec)}.`;
  const fail = (problem: KnobProblem, lead: string): KnobResult => ({
    ok: false,
    problem,
    message: `${lead} ${rule}`,
  });

  // Readers paste the typographic minus sign from the prose.
  const text = String(raw).trim().replace(/\u2212/g, '-');
  if (text === '') return fail('empty', 'Nothing entered.');
  if (spec.kind === 'choice') return parseChoice(text, spec, fail);
  if (!NUMERIC.test(text)) return fail('not-a-number', `${quote(text)} is not a number.`);

  const parsed = Number(text);
  // Overflow ('1e400') is a number, just an absurd one.
  if (!Number.isFinite(parsed)) return fail('too-large', `${quote(text)} is far too large.`);
  const value = parsed === 0 ? 0 : parsed; // fold -0 into 0

  const zeroAllowed = spec.min < 0 || (spec.min === 0 && !spec.minExclusive);
  if (value < 0 && spec.min >= 0) return fail('negative', `${quote(text)} is negative.`);
  if (value === 0 && !zeroAllowed) return fail('zero', 'Zero is not allowed here.');
  if (spec.kind === 'integer' && !Number.isInteger(value)) {
    return fail('not-integer', `${quote(text)} is not a whole number.`);
  }
  if (value > spec.max) return fail('too-large', `${quote(text)} is too large.`);
  if (value < spec.min || (spec.minExclusive && value === spec.min)) {
    return fail('too-small', `${quote(text)} is too small.`);
  }
  return { ok: true, value };
}

/** An option's name (any case) or its index. */
function parseChoice(text: string, spec: KnobSpec, fail: (p: KnobProblem, lead: string) => KnobResult): KnobResult {
  const options = spec.options ?? [];
  const byName = options.findIndex((o) => o.toLowerCase() === text.toLowerCase());
  if (byName >= 0) return { ok: true, value: byName };
  const index = /^\d+$/.test(text) ? Number(text) : -1;
  if (index >= 0 && index < options.length) return { ok: true, value: index };
  return fail('not-a-choice', `${quote(text)} is not one of the options.`);
}

function quote(text: string): string {
  // The raw text may come from a link: invisible characters are shown as escapes, on one line.
  return quoteVisible(text, SHOWN_CHARS);
}

function formatNumber(x: number): string {
  // 3200 stays 3200 and 0.0001 stays 0.0001; the locale would add separators a reader cannot type back.
  return String(x);
}
