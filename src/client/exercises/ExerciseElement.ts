/**
 * What every exercise element shares: on connection it shows its script-only controls, reads
 * its saved record and lets the kind set itself up; it says things through its live region and
 * saves through the page's store. A record, once done, stays done: a later wrong answer is
 * graded but not saved over it.
 */
import type { ExerciseRecord } from '../../lib/exercises/progressStore';
import { progress, saveRecord, showScripted, thisPage } from './progress';

export type Verdict = 'right' | 'wrong' | 'unreadable' | 'info';

export abstract class ExerciseElement extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    showScripted(this);
    const saved = progress().get(thisPage(), this.id);
    if (saved?.done) this.dataset.done = 'true';
    this.setup(saved);
    this.dataset.ready = 'true';
  }

  protected abstract setup(saved: ExerciseRecord | undefined): void;

  /** Puts `text` in the live region; the same text twice is changed slightly so it is read again. */
  say(text: string, verdict: Verdict = 'info'): void {
    const status = this.querySelector<HTMLElement>('.ex__status');
    if (!status) return;
    status.textContent = status.textContent === text ? `${text}\u00a0` : text;
    status.dataset.verdict = verdict;
  }

  save(record: ExerciseRecord): void {
    if (this.dataset.done && !record.done) return;
    if (record.done) this.dataset.done = 'true';
    saveRecord(this.id, record);
  }

  get solution(): HTMLDetailsElement | null {
    return this.querySelector('details');
  }

  control<T extends HTMLElement = HTMLButtonElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** The option inputs (choice and predict), in order. */
  get inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('.ex__options input')];
  }

  /** Puts a note after option `i`'s label, replacing an earlier one with the same `name`. */
  note(i: number, name: string, text: string, kind = ''): void {
    const label = this.inputs[i]?.closest('label');
    if (!label) return;
    let el = this.querySelector<HTMLElement>(`[data-note="${name}-${i}"]`);
    if (!el) {
      el = document.createElement('span');
      el.className = 'ex__note';
      el.dataset.note = `${name}-${i}`;
      label.after(el);
    }
    el.textContent = text;
    if (kind) el.dataset.kind = kind;
  }

  clearNotes(name: string): void {
    for (const el of this.querySelectorAll(`[data-note^="${name}-"]`)) el.remove();
  }
}
