/**
 * <demo-blobs experiment="blobs4">: the dataset knobs and the scatter of the current data, train
 * and test marked, with the first training labels beside their one-hot vectors. The data is made
 * on the page's thread (make_blobs of a few thousand points takes a few milliseconds), and the
 * trainer of the same experiment trains on exactly these points.
 */
import type { StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';
import { LiveFigure, type FigureUpdate } from './LiveFigure';
import { oneHotRows } from '../../lib/demo/oneHotRows';
import { wireKnobs, type WiredKnobs } from './wireKnobs';

const builders = lazyModule(() => import('../../lib/figures/blobScatter'));

export class BlobsFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['data', 'reset'];
  private knobs: WiredKnobs | undefined;

  connectedCallback(): void {
    super.connectedCallback();
    if (this.store && !this.knobs) this.knobs = wireKnobs(this, this.store);
  }

  protected setup(): void {
    this.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));
    this.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = true));
    this.querySelector('button[data-action="reset-data"]')?.addEventListener('click', () => this.resetData());
  }

  private resetData(): void {
    const lesson = this.store.lessonSettings;
    const values: Record<string, number> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-knob]')) {
      const name = input.dataset.knob as keyof typeof lesson;
      const v = lesson[name];
      if (v !== undefined) {
        values[name] = v;
        input.value = String(v);
      }
    }
    this.store.update(values);
    // Fields that held refused text show the lesson's values now: clear their messages.
    this.knobs?.syncFromStore();
    this.announce("Data back to the lesson's settings.");
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.knobs?.dispose();
    this.knobs = undefined;
  }

  protected draw(): FigureUpdate | 'static' | null {
    const s = this.store;
    if (s.isLessonData()) {
      this.fillOneHot(s.data().yTrain, s.data().outputs);
      this.announce('');
      return 'static';
    }
    const d = s.data();
    this.fillOneHot(d.yTrain, d.outputs);
    this.announce(`New data: ${d.all.X.length} points in ${d.outputs} classes, ${d.XTrain.length} to train on and ${d.XTest.length} to test with.`);
    const b = this.loaded(builders);
    if (!b) return null;
    return { options: b.blobScatter({ X: d.all.X, y: d.all.y, split: d.all.split, name: this.getAttribute('name') ?? 'Blobs dataset' }) };
  }

  private fillOneHot(labels: number[], classes: number): void {
    const body = this.querySelector('[data-one-hot] tbody');
    if (!body) return;
    const rows = oneHotRows(labels, classes);
    body.replaceChildren(
      ...rows.map(([label, vector]) => {
        const tr = document.createElement('tr');
        const a = document.createElement('td');
        a.textContent = String(label);
        const b = document.createElement('td');
        b.textContent = vector;
        tr.append(a, b);
        return tr;
      }),
    );
  }

  private announce(text: string): void {
    const el = this.querySelector('[data-status]');
    if (el && el.textContent !== text) el.textContent = text;
  }
}

if (!customElements.get('demo-blobs')) customElements.define('demo-blobs', BlobsFigure);
