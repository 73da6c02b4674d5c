/**
 * The page's exercise progress: one store for every exercise element of the page (in
 * localStorage, see progressStore), and an event on the document whenever an exercise saves, so
 * that the page's "n of N done" follows without the exercises knowing it exists.
 */
import { pageKey } from '../../lib/exercises/pageKey';
import { progressNotice } from '../../lib/exercises/progressNotice';
import { createProgressStore, type ExerciseRecord, type ProgressStore } from '../../lib/exercises/progressStore';

const CHANGED = 'exercise-progress';
let store: ProgressStore | undefined;

export function progress(): ProgressStore {
  store ??= createProgressStore(() => window.localStorage);
  return store;
}

/** This page's name in the store, e.g. `lesson/softmax`. */
export function thisPage(): string {
  return pageKey(location.pathname, import.meta.env.BASE_URL);
}

export function saveRecord(id: string, record: ExerciseRecord): void {
  progress().set(thisPage(), id, record);
  changed();
}

export function changed(): void {
  document.dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` now and after every change of the progress. */
export function onProgress(listener: () => void): void {
  document.addEventListener(CHANGED, listener);
  listener();
}

/** Shows the sentence on why progress is not saved in `el`, or hides it. */
export function showNotice(el: HTMLElement | null): void {
  if (!el) return;
  const text = progressNotice(progress().problem);
  el.textContent = text;
  el.hidden = text === '';
}

/** "n of N done" for `ids` of `page`. */
export function doneText(page: string, ids: readonly string[]): string {
  return `${progress().doneCount(page, ids)} of ${ids.length} done`;
}

/** The ids a progress element lists in its data-ids. */
export function idsOf(el: HTMLElement): string[] {
  return (el.dataset.ids ?? '').split(' ').filter(Boolean);
}

/**
 * Shows the controls the server rendered `data-js-only hidden` (as the demos' revealScripted
 * does, written out here so that the exercises' first script needs no chunk of its own).
 */
export function showScripted(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
}
