/**
 * When a data field's new text goes into the demo's store. Each store change of a data setting
 * makes the data anew and redraws its figures, so while a reader types a number key by key
 * (10000 passes 1, 10, 100 and 1000 on the way) a valid value waits for a pause in the typing,
 * or for Enter, a change event or the field losing focus. A refused value is said at once (its
 * message must not wait), and text that arrives in one piece (pasted, dropped, filled in by the
 * browser or a script) commits at once.
 */
export type CommitTiming = 'now' | 'after-pause';

/** The pause in typing, in ms, after which a data field's value is committed. */
export const TYPING_PAUSE_MS = 300;

export interface FieldInput {
  /** A key went down in the field since its last input event. */
  keyed: boolean;
  /** The InputEvent's inputType ('' when unknown). */
  inputType: string;
  /** The field holds a data setting (not a training one, which redraws nothing). */
  dataKnob: boolean;
  /** The text parses as a valid value of the setting. */
  valid: boolean;
}

export function commitTiming(i: FieldInput): CommitTiming {
  if (!i.dataKnob || !i.valid || !i.keyed) return 'now';
  return i.inputType === 'insertFromPaste' || i.inputType === 'insertFromDrop' || i.inputType === 'insertReplacementText' ? 'now' : 'after-pause';
}
