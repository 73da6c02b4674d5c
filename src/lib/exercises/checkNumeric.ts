import { parseAnswer } from './parseAnswer';

/**
 * How far an answer may be from the computed one: it is right when
 * |value - answer| <= max(abs, rel * |answer|). Both default to 0, which asks for the exact value
 * (up to floating-point rounding, for counts and shapes).
 */
export interface Tolerance {
  abs?: number;
  rel?: number;
}

export type CheckStatus = 'right' | 'wrong' | 'unreadable';

export interface NumericCheck {
  status: CheckStatus;
  /** What to tell the reader: the parser's reason, the hint, or a confirmation. */
  message: string;
  value?: number;
}

const FLOAT_SLACK = 1e-12;

/** Grades what a reader typed against the computed answer; an unreadable entry is not "wrong". */
export function checkNumeric(raw: string, answer: number, tolerance: Tolerance = {}, hint = ''): NumericCheck {
  const parsed = parseAnswer(raw);
  if (!parsed.ok) return { status: 'unreadable', message: parsed.reason };
  const allowed = Math.max(tolerance.abs ?? 0, (tolerance.rel ?? 0) * Math.abs(answer), FLOAT_SLACK * Math.max(1, Math.abs(answer)));
  if (Math.abs(parsed.value - answer) <= allowed) {
    return { status: 'right', message: 'Right.', value: parsed.value };
  }
  return { status: 'wrong', message: hint ? `Not quite. ${hint}` : 'Not quite: try again.', value: parsed.value };
}
