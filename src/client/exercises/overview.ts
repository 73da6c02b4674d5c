/**
 * <ex-overview>: the home page's "n of N done" for every page with exercises, and the button
 * that clears all progress, which asks once more before it does and says what it did.
 */
import { changed, doneText, idsOf, onProgress, progress, showNotice, showScripted } from './progress';

class ExerciseOverview extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.ready) return;
    showScripted(this);
    onProgress(() => {
      for (const li of this.querySelectorAll<HTMLElement>('li[data-page]')) {
        li.querySelector('[data-count]')!.textContent = doneText(li.dataset.page ?? '', idsOf(li));
      }
      showNotice(this.querySelector('[data-notice]'));
    });
    const [clear, confirm, cancel] = ['clear', 'confirm', 'cancel'].map((name) => this.querySelector<HTMLButtonElement>(`[data-${name}]`)!);
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const asking = (on: boolean, focus: HTMLButtonElement) => {
      clear.hidden = on;
      confirm.hidden = cancel.hidden = !on;
      focus.focus();
    };
    clear.addEventListener('click', () => {
      asking(true, confirm);
      status.textContent = 'This clears your answers and results on every page, in this browser. Clear them all?';
    });
    cancel.addEventListener('click', () => {
      asking(false, clear);
      status.textContent = 'Nothing was cleared.';
    });
    confirm.addEventListener('click', () => {
      progress().clear();
      asking(false, clear);
      status.textContent = 'All progress is cleared: every page’s exercises start afresh.';
      changed();
    });
    this.dataset.ready = 'true';
  }
}

if (!customElements.get('ex-overview')) customElements.define('ex-overview', ExerciseOverview);
