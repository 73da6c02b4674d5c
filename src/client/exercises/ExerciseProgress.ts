/**
 * <ex-progress>: a page's "n of N done" and, when the browser refuses to store anything, the
 * sentence that says progress is not saved.
 */
import { doneText, idsOf, onProgress, showNotice, thisPage } from './progress';

class ExerciseProgress extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.ready) return;
    const ids = idsOf(this);
    const count = this.querySelector<HTMLElement>('[data-count]')!;
    onProgress(() => {
      count.textContent = `${doneText(thisPage(), ids)}. Your progress is kept in this browser only.`;
      showNotice(this.querySelector('[data-notice]'));
    });
    this.dataset.ready = 'true';
  }
}

if (!customElements.get('ex-progress')) customElements.define('ex-progress', ExerciseProgress);
