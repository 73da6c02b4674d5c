import { describe, expect, it } from 'vitest';
import { commitTiming, TYPING_PAUSE_MS } from '../../src/lib/knobs/commitTiming';

const typed = { keyed: true, inputType: 'insertText', dataKnob: true, valid: true };

describe('commitTiming', () => {
  it('makes a valid data value typed key by key wait for a pause', () => {
    expect(commitTiming(typed)).toBe('after-pause');
    expect(commitTiming({ ...typed, inputType: 'deleteContentBackward' })).toBe('after-pause');
    expect(TYPING_PAUSE_MS).toBeGreaterThan(0);
  });

  it('commits at once a refused value, a training setting, and text that came in one piece', () => {
    expect(commitTiming({ ...typed, valid: false })).toBe('now');
    expect(commitTiming({ ...typed, dataKnob: false })).toBe('now');
    expect(commitTiming({ ...typed, keyed: false })).toBe('now');
    for (const inputType of ['insertFromPaste', 'insertFromDrop', 'insertReplacementText']) expect(commitTiming({ ...typed, inputType })).toBe('now');
  });
});
