import type { CheckStatus } from './checkNumeric';

export interface ChoiceCheck {
  status: CheckStatus;
  message: string;
}

/**
 * Grades a set of picked options (indices) against the correct set: right only when they are
 * exactly the same. Nothing picked is unreadable, not wrong.
 */
export function checkChoice(picked: readonly number[], correct: readonly number[], hint = ''): ChoiceCheck {
  if (picked.length === 0) return { status: 'unreadable', message: 'Pick an answer first.' };
  const want = new Set(correct);
  const got = new Set(picked);
  const extra = [...got].filter((i) => !want.has(i)).length;
  const missing = [...want].filter((i) => !got.has(i)).length;
  if (extra === 0 && missing === 0) return { status: 'right', message: 'Right. Each option’s explanation is shown below it.' };
  const parts: string[] = [];
  if (extra > 0) parts.push(extra === 1 ? 'one of your picks is wrong' : `${extra} of your picks are wrong`);
  if (missing > 0 && want.size > 1) parts.push(missing === 1 ? 'one right option is missing' : `${missing} right options are missing`);
  const lead = parts.length > 0 ? `Not quite: ${parts.join(', and ')}.` : 'Not quite.';
  return { status: 'wrong', message: hint ? `${lead} ${hint}` : lead };
}
