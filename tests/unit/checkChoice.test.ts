import { describe, expect, it } from 'vitest';
import { checkChoice } from '../../src/lib/exercises/checkChoice';

describe('checkChoice', () => {
  it('is right only for exactly the correct set, in any order', () => {
    expect(checkChoice([2], [2]).status).toBe('right');
    expect(checkChoice([3, 1], [1, 3]).status).toBe('right');
  });

  it('nothing picked is unreadable, not wrong', () => {
    expect(checkChoice([], [1], 'hint')).toEqual({ status: 'unreadable', message: 'Pick an answer first.' });
  });

  it('a wrong single pick is wrong, with the hint', () => {
    const r = checkChoice([0], [2], 'Think about the sum.');
    expect(r.status).toBe('wrong');
    expect(r.message).toBe('Not quite: one of your picks is wrong. Think about the sum.');
  });

  it('says what is off in a multiple choice', () => {
    expect(checkChoice([1], [1, 3]).message).toBe('Not quite: one right option is missing.');
    expect(checkChoice([0, 1, 2], [1, 3]).message).toBe('Not quite: 2 of your picks are wrong, and one right option is missing.');
  });
});
