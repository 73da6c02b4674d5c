/**
 * <softmax-calculator>: makes the server-rendered worked example editable. Every keystroke
 * re-reads the whole form (a dozen fields, microseconds), so there is no state to keep in sync
 * beyond the last complete example. Invalid entries are marked and explained, and the results
 * keep showing the last complete example until every entry is a number again.
 *
 * The table is updated at once; the typeset formulas need KaTeX (about 75 KB gzipped), which is
 * imported the first time a formula has to change, so a reader who only reads never loads it.
 * Screen readers hear the loss through a polite live region, after typing pauses.
 */
import {
  parseSoftmaxInputs,
  softmaxInputKey,
  type SoftmaxInputs,
  type SoftmaxInputText,
} from '../../lib/calculator/parseSoftmaxInputs';
import { softmaxSteps } from '../../lib/calculator/softmaxSteps';
import { softmaxStepsView, type SoftmaxStepsView } from '../../lib/calculator/softmaxStepsView';
import { leanMathml } from '../../lib/mathml/leanMathml';

type Katex = typeof import('katex').default;

const ANNOUNCE_DELAY_MS = 600;

let katexLoading: Promise<Katex> | undefined;
function loadKatex(): Promise<Katex> {
  katexLoading ??= import('katex').then((m) => m.default);
  return katexLoading;
}

class SoftmaxCalculatorElement extends HTMLElement {
  private form!: HTMLFormElement;
  private classes = 0;
  private features = 0;
  private announceTimer: number | undefined;
  private lastAnnounced = '';
  /** Bumped on every recompute, so a slow KaTeX load never paints an older example. */
  private generation = 0;
  lastGood: SoftmaxInputs | undefined;

  connectedCallback(): void {
    if (this.dataset.ready === 'true') return;
    const form = this.querySelector('form');
    if (!form) return;
    this.form = form;
    this.classes = Number(this.dataset.classes);
    this.features = Number(this.dataset.features);

    for (const el of this.fields()) {
      el.removeAttribute('readonly');
      el.removeAttribute('disabled');
    }
    const hint = this.querySelector<HTMLElement>('[data-hint]');
    if (hint) hint.textContent = 'Change any entry: the scores, probabilities, loss and gradient below follow as you type.';
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
    if (reset) {
      reset.hidden = false;
      reset.addEventListener('click', () => this.reset());
    }
    form.addEventListener('input', () => this.update());
    form.addEventListener('change', () => this.update());
    form.addEventListener('submit', (event) => event.preventDefault());
    this.dataset.ready = 'true';
    // The browser may have restored edited values (back button, reload): show their results.
    this.update({ announce: false });
  }

  disconnectedCallback(): void {
    window.clearTimeout(this.announceTimer);
  }

  private fields(): (HTMLInputElement | HTMLSelectElement)[] {
    return Array.from(this.form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-cell]'));
  }

  private field(key: string): HTMLInputElement | HTMLSelectElement | null {
    return this.form.querySelector(`[data-cell="${key}"]`);
  }

  private readText(): SoftmaxInputText {
    const value = (key: string) => this.field(key)?.value ?? '';
    return {
      W: Array.from({ length: this.classes }, (_, i) =>
        Array.from({ length: this.features }, (_, j) => value(softmaxInputKey('W', i, j))),
      ),
      x: Array.from({ length: this.features }, (_, j) => value(softmaxInputKey('x', j))),
      b: Array.from({ length: this.classes }, (_, i) => value(softmaxInputKey('b', i))),
      label: value('label'),
    };
  }

  reset(): void {
    this.form.reset();
    this.update();
  }

  private update(o: { announce?: boolean } = {}): void {
    const result = parseSoftmaxInputs(this.readText());
    this.showErrors(result.errors);
    if (!result.ok) return;
    this.lastGood = result.value;
    const view = softmaxStepsView(softmaxSteps(result.value));
    this.showResults(view);
    if (o.announce !== false) this.scheduleAnnouncement(view.announcement);
  }

  private showErrors(errors: Record<string, string>): void {
    const list = this.querySelector<HTMLUListElement>('[data-errors]');
    const items: HTMLLIElement[] = [];
    for (const el of this.fields()) {
      const key = el.dataset.cell ?? '';
      const message = errors[key];
      const messageId = `${el.id}-message`;
      if (message === undefined) {
        el.removeAttribute('aria-invalid');
        el.removeAttribute('aria-describedby');
        continue;
      }
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', messageId);
      const li = document.createElement('li');
      li.id = messageId;
      li.dataset.messageFor = key;
      li.textContent = message;
      items.push(li);
    }
    list?.replaceChildren(...items);
    const stale = this.querySelector<HTMLElement>('[data-stale]');
    if (stale) stale.hidden = items.length === 0;
  }

  private showResults(view: SoftmaxStepsView): void {
    const set = (name: string, text: string) => {
      const el = this.querySelector(`[data-result="${name}"]`);
      if (el && el.textContent !== text) el.textContent = text;
    };
    view.classes.forEach((c, j) => {
      set(`score-${j}`, c.score);
      set(`exp-${j}`, c.exp);
      set(`prob-${j}`, c.prob);
      set(`grad-${j}`, c.grad);
      const bar = this.querySelector<HTMLElement>(`[data-bar="${j}"]`);
      bar?.style.setProperty('width', `${(c.bar * 100).toFixed(2)}%`);
      const row = this.querySelector<HTMLElement>(`[data-class-row="${j}"]`);
      if (row) row.dataset.true = String(c.isTrue);
      const mark = row?.querySelector<HTMLElement>('[data-true-mark]');
      if (mark) mark.hidden = !c.isTrue;
    });
    set('expsum', view.expSum);
    set('loss', view.loss);
    void this.typeset(view.tex);
  }

  private async typeset(tex: SoftmaxStepsView['tex']): Promise<void> {
    const generation = ++this.generation;
    const box = this.querySelector<HTMLElement>('[data-formulas]');
    if (!box) return;
    const changed = Object.entries(tex).filter(([name, source]) => {
      const el = box.querySelector<HTMLElement>(`[data-formula="${name}"]`);
      return el !== null && el.dataset.tex !== source;
    });
    if (changed.length === 0) {
      box.removeAttribute('aria-busy');
      return;
    }
    box.setAttribute('aria-busy', 'true');
    let katex: Katex;
    try {
      katex = await loadKatex();
    } catch {
      // Offline after the page loaded: the table above still carries every number.
      katexLoading = undefined;
      return;
    }
    if (generation !== this.generation) return;
    for (const [name, source] of changed) {
      const el = box.querySelector<HTMLElement>(`[data-formula="${name}"]`);
      if (!el) continue;
      el.innerHTML = leanMathml(katex.renderToString(source, { displayMode: true, throwOnError: false, output: 'mathml' }));
      el.dataset.tex = source;
    }
    box.removeAttribute('aria-busy');
  }

  private scheduleAnnouncement(text: string): void {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      if (text === this.lastAnnounced) return;
      this.lastAnnounced = text;
      const live = this.querySelector('[data-announce]');
      if (live) live.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }
}

if (!customElements.get('softmax-calculator')) customElements.define('softmax-calculator', SoftmaxCalculatorElement);
