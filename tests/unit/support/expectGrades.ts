import { expect } from 'vitest';
import { checkNumeric, type Tolerance } from '../../../src/lib/exercises/checkNumeric';

/** checkNumeric marks every entry of `right` right and every entry of `wrong` wrong for `question`. */
export function expectGrades(question: { answer: number; tolerance?: Tolerance }, right: readonly string[], wrong: readonly string[]): void {
  for (const raw of right) expect(checkNumeric(raw, question.answer, question.tolerance).status, raw).toBe('right');
  for (const raw of wrong) expect(checkNumeric(raw, question.answer, question.tolerance).status, raw).toBe('wrong');
}
