/**
 * <demo-predictions experiment="blobs4">: after a run in the page, the two panels (predicted
 * class, true class) of its test points and the probabilities of a few telling points. The
 * probabilities are the model's own outputs the run sent, or else come from its final weights in
 * plain numbers (denseSoftmax); the build-time run's weights (data-weights), or for a model with
 * a hidden layer its test probabilities (data-probabilities), travel in the markup, so a reader
 * can pick any test point, by number or by clicking it, before training as well as after.
 */
import { MARGINS } from '../../lib/figures/frame';
import { squareDomain } from '../../lib/figures/squareDomain';
import { parseKnob, type KnobSpec } from '../../lib/knobs/parseKnob';
import { chooseExamplePoints } from '../../lib/demo/chooseExamplePoints';
import { denseSoftmax, type DenseWeightsLike } from '../../lib/demo/denseSoftmax';
import type { StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';
import { LiveFigure, type FigureUpdate } from './LiveFigure';
import { probabilityRows } from '../../lib/demo/probabilityRows';
import { saveMarkup, type SavedMarkup } from './chrome/savedMarkup';

interface Shown {
  X: number[][];
  yTrue: number[];
  probabilities: number[][];
}

const builders = lazyModule(() => import('../../lib/figures/predictionComparison'));

export class PredictionsFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['done', 'reset', 'data'];
  private rows: SavedMarkup | undefined;
  private picked: number | undefined;
  private offRange: (() => void) | undefined;

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.store || this.offRange) return;
    // The label names the numbers a reader may type: those of the current test set, at once.
    this.showRange();
    this.offRange = this.store.on('data', () => this.showRange());
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offRange?.();
    this.offRange = undefined;
  }

  private showRange(): void {
    const max = this.querySelector('[data-pick-max]');
    const last = String(this.store.data().XTest.length - 1);
    if (max && max.textContent !== last) max.textContent = last;
  }

  protected setup(): void {
    this.rows = saveMarkup(this.querySelector('[data-probabilities] tbody'));
    const input = this.querySelector<HTMLInputElement>('input[data-pick]');
    input?.addEventListener('input', () => this.pickTyped(input));
    this.querySelector('[data-figure-panels]')?.addEventListener('click', (e) => this.pickClicked(e as MouseEvent));
  }

  protected drawOnConnect(): boolean {
    return false;
  }

  /** What the panels and table show now: the page's run, or the build-time one. */
  private shown(): Shown | undefined {
    const { done, data } = this.store.last;
    if (done?.weights && data && data.kind === 'classification') {
      // The model's own outputs when it sent them (a hidden layer needs them), else the maths on its weights.
      const probabilities = done.predictions?.test ?? denseSoftmax(done.weights, data.XTest);
      return { X: data.XTest, yTrue: data.yTest, probabilities };
    }
    if (!this.store.isLessonData()) return undefined;
    const d = this.store.data();
    if (this.dataset.probabilities) return { X: d.XTest, yTrue: d.yTest, probabilities: JSON.parse(this.dataset.probabilities) as number[][] };
    const raw = this.dataset.weights;
    if (!raw) return undefined;
    const weights = JSON.parse(raw) as DenseWeightsLike;
    return { X: d.XTest, yTrue: d.yTest, probabilities: denseSoftmax(weights, d.XTest) };
  }

  protected draw(): FigureUpdate | 'static' | null {
    const s = this.store;
    const { done } = s.last;
    this.picked = undefined;
    const input = this.querySelector<HTMLInputElement>('input[data-pick]');
    if (input) input.value = '';
    this.setMessage('');
    if (!done?.weights || done.status === 'diverged') {
      this.rows?.restore();
      if (done?.status === 'diverged') {
        this.statusLine.show('This run diverged, so it has no predictions to show. The figure shows the build-time run.');
      } else if (s.isLessonData()) {
        this.statusLine.restore();
      } else {
        this.statusLine.show('The data has changed: train the model to see its predictions on the new test points.');
      }
      return s.isLessonData() ? 'static' : null;
    }
    // The table and status change with the panels, once the figure code is in.
    const b = this.loaded(builders);
    if (!b) return null;
    const shown = this.shown()!;
    const yPred = shown.probabilities.map((p) => p.indexOf(Math.max(...p)));
    const c = b.predictionComparison({ X: shown.X, yTrue: shown.yTrue, yPred });
    this.fillTable(shown);
    const how = done.status === 'stopped' ? 'your stopped run' : 'your run';
    this.statusLine.show(`Shown: ${how}, with ${c.misclassified} of ${shown.X.length} test points wrong.`);
    return { options: [c.predicted, c.truth], description: c.description };
  }

  private fillTable(shown: Shown): void {
    const body = this.querySelector('[data-probabilities] tbody');
    if (!body) return;
    const points: { index: number; why: 'confident' | 'uncertain' | 'wrong' | 'chosen' }[] = chooseExamplePoints(
      shown.probabilities,
      shown.yTrue,
    );
    if (this.picked !== undefined) points.unshift({ index: this.picked, why: 'chosen' });
    const rows = probabilityRows(points, shown.X, shown.yTrue, shown.probabilities);
    body.replaceChildren(
      ...rows.map((r) => {
        const tr = document.createElement('tr');
        if (r.why === 'your choice') tr.dataset.picked = 'true';
        for (const v of [r.index, r.why, r.x0, r.x1, r.truth, r.predicted, ...r.probabilities]) {
          const td = document.createElement('td');
          td.textContent = String(v);
          tr.append(td);
        }
        return tr;
      }),
    );
  }

  private pickTyped(input: HTMLInputElement): void {
    const shown = this.shown();
    if (!shown) {
      this.setMessage('Train the model on this data first: it has no predictions yet.');
      return;
    }
    if (input.value.trim() === '') {
      this.setMessage('');
      return;
    }
    const spec: KnobSpec = { name: 'point', label: 'The test point number', kind: 'integer', min: 0, max: shown.X.length - 1, default: 0 };
    const r = parseKnob(input.value, spec);
    if (!r.ok) {
      this.setMessage(r.message);
      return;
    }
    this.setMessage('');
    this.pick(r.value, shown);
  }

  private pickClicked(e: MouseEvent): void {
    const shown = this.shown();
    const svg = (e.target as Element).closest('svg[role="img"]') as SVGSVGElement | null;
    if (!shown || !svg) return;
    const ctm = svg.getScreenCTM();
    if (!ctm) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const [lo, hi] = squareDomain(shown.X);
    const fx = (pt.x - MARGINS.marginLeft) / (width - MARGINS.marginLeft - MARGINS.marginRight);
    const fy = (pt.y - MARGINS.marginTop) / (height - MARGINS.marginTop - MARGINS.marginBottom);
    if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return;
    const x0 = lo + fx * (hi - lo);
    const x1 = hi - fy * (hi - lo);
    let best = 0;
    let bestD = Infinity;
    shown.X.forEach((p, i) => {
      const d = (p[0] - x0) ** 2 + (p[1] - x1) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    const input = this.querySelector<HTMLInputElement>('input[data-pick]');
    if (input) input.value = String(best);
    this.setMessage('');
    this.pick(best, shown);
  }

  private pick(index: number, shown: Shown): void {
    this.picked = index;
    this.fillTable(shown);
    this.markPicked(shown.X[index], shown.X);
    const p = shown.probabilities[index];
    const predicted = p.indexOf(Math.max(...p));
    this.statusLine.show(
      `Test point ${index}: true class ${shown.yTrue[index]}, predicted class ${predicted} with probability ${p[predicted].toFixed(3)}.`,
    );
  }

  /** Rings the chosen point in both panels (drawn over the figure, so no panel is redrawn). */
  private markPicked(point: number[], X: number[][]): void {
    const [lo, hi] = squareDomain(X);
    for (const svg of this.querySelectorAll<SVGSVGElement>('[data-figure-panel] svg[role="img"]')) {
      svg.querySelector('[data-picked-mark]')?.remove();
      const width = Number(svg.getAttribute('width'));
      const height = Number(svg.getAttribute('height'));
      const cx = MARGINS.marginLeft + ((point[0] - lo) / (hi - lo)) * (width - MARGINS.marginLeft - MARGINS.marginRight);
      const cy = MARGINS.marginTop + ((hi - point[1]) / (hi - lo)) * (height - MARGINS.marginTop - MARGINS.marginBottom);
      const ring = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      ring.setAttribute('data-picked-mark', '');
      ring.setAttribute('cx', cx.toFixed(1));
      ring.setAttribute('cy', cy.toFixed(1));
      ring.setAttribute('r', '9');
      ring.setAttribute('fill', 'none');
      ring.setAttribute('stroke', 'currentColor');
      ring.setAttribute('stroke-width', '2.5');
      svg.append(ring);
    }
  }

  private setMessage(text: string): void {
    const el = this.querySelector('[data-pick-message]');
    const input = this.querySelector('input[data-pick]');
    if (el) el.textContent = text;
    if (text) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  }
}

if (!customElements.get('demo-predictions')) customElements.define('demo-predictions', PredictionsFigure);
