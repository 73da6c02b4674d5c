/**
 * Connects the inputs a KnobFields component rendered ([data-knob] with a [data-knob-message]
 * beside each) to a store: every keystroke is checked with the store's parseKnob specs; a valid
 * value goes into the store (and the URL), a refused one leaves the store's last good value in
 * place and says so next to the control. Store changes (Reset, another control) flow back into
 * the fields. Every refused field is also recorded in the store, so Train waits for a fix
 * whichever element's field holds it (data knobs and training knobs alike). Returns a function
 * telling whether any of these fields is currently invalid, a resync, and an unsubscribe.
 *
 * A data setting typed key by key waits for a pause in the typing, Enter, a change or the field
 * losing focus before it goes into the store (src/lib/knobs/commitTiming.ts): typing 10000 would
 * otherwise make and draw the data for 100 and 1000 on the way. The field keeps what was typed
 * meanwhile, a refused value gets its message at once, and clicking Train takes the focus from
 * the field, so the run uses the value typed.
 */
import { commitTiming, TYPING_PAUSE_MS } from '../../lib/knobs/commitTiming';
import { isDataKnob } from '../../lib/knobs/demoKnobs';
import { parseKnob } from '../../lib/knobs/parseKnob';
import { debounce, type Debounced } from '../../lib/schedule/debounce';
import type { ExperimentStore, KnobName } from './experimentStore';

type Field = HTMLInputElement | HTMLSelectElement;

export interface WiredKnobs {
  /** True while some field holds a value the store refused. */
  invalid(): boolean;
  /** Enable or disable the fields (while a run uses them, for instance). */
  setDisabled(disabled: boolean): void;
  /** Shows the store's values in every field and clears their messages. */
  syncFromStore(): void;
  dispose(): void;
}

interface FieldMessages {
  /** The fields holding a refused value. */
  bad: Set<Field>;
  /** Says `message` next to `input` (an empty one clears it) and records the field's validity. */
  show(input: Field, message: string): void;
}

function fieldMessages(root: ParentNode, store: ExperimentStore, onValidity?: (invalid: boolean) => void): FieldMessages {
  const bad = new Set<Field>();
  const show = (input: Field, message: string) => {
    const slot = root.querySelector<HTMLElement>(`[data-knob-message="${input.dataset.knob}"]`);
    if (slot) slot.textContent = message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      bad.add(input);
    } else {
      input.removeAttribute('aria-invalid');
      bad.delete(input);
    }
    store.setFieldInvalid(input, message !== '');
    onValidity?.(bad.size > 0);
  };
  return { bad, show };
}

interface FieldHandlers {
  onKey(event: Event): void;
  onInput(event: Event): void;
  onLeave(): void;
}

/**
 * The listeners of the fields: a value goes into the store at once or after a pause in the
 * typing (commitTiming), and Enter, a change or leaving the field commits a waiting one.
 */
function fieldHandlers(store: ExperimentStore, waiting: Debounced, show: FieldMessages['show']): FieldHandlers {
  const commit = (input: Field) => {
    const name = input.dataset.knob as KnobName;
    const result = store.update({ [name]: input.value });
    const error = result.errors[name];
    show(input, error ? `${error} Still using ${store.settings[name]}.` : '');
  };
  const keyed = new Set<Field>();
  let waitingField: Field | undefined;
  const onKey = (event: Event) => {
    const input = event.currentTarget as Field;
    if ((event as KeyboardEvent).key === 'Enter') waiting.flush();
    else keyed.add(input);
  };
  const onInput = (event: Event) => {
    const input = event.currentTarget as Field;
    const name = input.dataset.knob as KnobName;
    const spec = store.knobs.find((k) => k.name === name);
    const timing = commitTiming({
      keyed: keyed.delete(input),
      inputType: (event as InputEvent).inputType ?? '',
      dataKnob: isDataKnob(name),
      valid: spec !== undefined && parseKnob(input.value, spec).ok,
    });
    // A value of another field that waits is committed first, and so is this field's before a
    // value that cannot wait: a refused one then says "Still using" the last one typed.
    if (timing === 'now' || waitingField !== input) waiting.flush();
    if (timing === 'now') return commit(input);
    show(input, '');
    waitingField = input;
    waiting.schedule(() => commit(input));
  };
  return { onKey, onInput, onLeave: () => waiting.flush() };
}

function listenerPairs(handlers: FieldHandlers): [type: string, listener: EventListener][] {
  return [
    ['keydown', handlers.onKey],
    ['input', handlers.onInput],
    ['change', handlers.onLeave],
    ['blur', handlers.onLeave],
  ];
}

export function wireKnobs(root: ParentNode, store: ExperimentStore, onValidity?: (invalid: boolean) => void): WiredKnobs {
  // Text fields, and selects for the choices (their option values are the indices the store holds).
  const inputs = Array.from(root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[data-knob], select[data-knob]'));
  const { bad, show } = fieldMessages(root, store, onValidity);
  const waiting = debounce(TYPING_PAUSE_MS, { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as number) });
  const syncFromStore = () => {
    // The store's values go into every field: a value still waiting for a pause is dropped.
    waiting.cancel();
    for (const input of inputs) {
      const name = input.dataset.knob as KnobName;
      const value = store.settings[name];
      if (value === undefined) continue;
      if (Number(input.value) !== value || bad.has(input)) input.value = String(value);
      show(input, '');
    }
  };
  const listeners = listenerPairs(fieldHandlers(store, waiting, show));
  for (const input of inputs) {
    for (const [type, listener] of listeners) input.addEventListener(type, listener);
    input.disabled = false;
  }
  syncFromStore();
  const offReset = store.on('reset', syncFromStore);
  const offSettings = store.on('settings', () => showSettings(inputs, store, bad));

  return {
    invalid: () => bad.size > 0,
    setDisabled: (disabled) => {
      for (const input of inputs) input.disabled = disabled;
    },
    syncFromStore,
    dispose: () => {
      offReset();
      offSettings();
      waiting.cancel();
      for (const input of inputs) {
        for (const [type, listener] of listeners) input.removeEventListener(type, listener);
        store.setFieldInvalid(input, false);
      }
    },
  };
}

/**
 * Values set elsewhere (another element's field for the same knob) show in these fields too; a
 * field the reader is editing, or one holding refused text, keeps its text.
 */
function showSettings(inputs: Field[], store: ExperimentStore, bad: Set<Field>): void {
  for (const input of inputs) {
    if (input === document.activeElement || bad.has(input)) continue;
    const value = store.settings[input.dataset.knob as KnobName];
    if (value !== undefined && Number(input.value) !== value) input.value = String(value);
  }
}
