/**
 * <demo-blobs experiment="blobs4">: the dataset knobs and the scatter of the current data, train
 * and test marked, with the first training labels beside their one-hot vectors. The data is made
 * on the page's thread (make_blobs of a few thousand points takes a few milliseconds), and the
 * trainer of the same experiment trains on exactly these points.
 *
 * A classifier's figure also takes the reader's own points: opening its "your own points" panel
 * loads the editor (pointEditor.ts, fetched only then) and turns the scatter into the surface
 * points are added on. While own points are in use the scatter is drawn on the decision grid's
 * square (editorDomain), the domain a click is read in, and the data knobs wait, disabled, for
 * the generated data to come back ("Lesson's data" or Reset).
 */
import type { StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';
import { LiveFigure, type FigureUpdate } from './LiveFigure';
import { oneHotRows } from '../../lib/demo/oneHotRows';
import { wireKnobs, type WiredKnobs } from './wireKnobs';
import { editorDomain } from '../../lib/points/editorDomain';
import { describePoints } from '../../lib/points/describePoints';
import { LESSON_GRID } from '../../lib/experiments/registry';
import type { PointEditor } from './pointEditor';
import { saveMarkup, type SavedMarkup } from './chrome/savedMarkup';

const builders = lazyModule(() => import('../../lib/figures/blobScatter'));
const editorModule = lazyModule(() => import('./pointEditor'));

export class BlobsFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['data', 'reset'];
  private knobs: WiredKnobs | undefined;
  private editor: PointEditor | undefined;
  /** True while the own-points panel is open: the scatter is then drawn on the editor's domain. */
  private editing = false;
  private caption: SavedMarkup | undefined;

  connectedCallback(): void {
    super.connectedCallback();
    if (this.store && !this.knobs) {
      this.knobs = wireKnobs(this, this.store);
      this.syncKnobs();
    }
  }

  protected setup(): void {
    this.caption = saveMarkup(this.querySelector('.static-figure__caption'));
    this.querySelector('button[data-action="reset-data"]')?.addEventListener('click', () => this.resetData());
    this.store.on('data', () => this.syncKnobs());
    const panel = this.querySelector<HTMLDetailsElement>('details[data-own-data]');
    panel?.addEventListener('toggle', () => this.toggleEditor(panel.open));
  }

  /** The square both axes share while points are edited or own points are shown. */
  editorDomain(): [number, number] {
    return editorDomain(this.store.data().all.X, LESSON_GRID.extent);
  }

  /** The editor opened or closed: redraw on (or off) the editing domain. */
  setEditing(on: boolean): void {
    this.editing = on;
    this.requestDraw();
  }

  private toggleEditor(open: boolean): void {
    if (!open) {
      this.editor?.close();
      return;
    }
    editorModule.load().then(
      (m) => {
        this.editor ??= m.pointEditor(this, this.store, this.statusLine);
        // The panel may have been closed again while the module loaded.
        if (this.querySelector<HTMLDetailsElement>('details[data-own-data]')?.open) this.editor.open();
      },
      () => this.statusLine.say('The point editor could not load (are you offline?). Close and open the panel to try again.', 'problem'),
    );
  }

  private syncKnobs(): void {
    this.knobs?.setDisabled(this.store.points() !== undefined);
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
    this.store.setPoints(undefined);
    // Fields that held refused text show the lesson's values now: clear their messages.
    this.knobs?.syncFromStore();
    this.statusLine.show("Data back to the lesson's settings.");
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.knobs?.dispose();
    this.knobs = undefined;
  }

  protected draw(): FigureUpdate | 'static' | null {
    const s = this.store;
    const d = s.data();
    this.fillOneHot(d.yTrain, d.outputs);
    if (s.isLessonData() && !this.editing) {
      this.statusLine.show('');
      this.caption?.restore();
      return 'static';
    }
    // The editor speaks for itself while open; otherwise the line says what the data is now.
    if (d.own) {
      if (!this.editing) this.statusLine.show(describePoints(d));
    } else if (!s.isLessonData()) {
      this.statusLine.show(`New data: ${d.all.X.length} points in ${d.outputs} classes, ${d.XTrain.length} to train on and ${d.XTest.length} to test with.`);
    }
    const b = this.loaded(builders);
    if (!b) return null;
    const domain = this.editing || d.own ? this.editorDomain() : undefined;
    const name = d.own ? 'Your data' : (this.getAttribute('name') ?? 'Blobs dataset');
    const caption = this.caption?.el;
    if (caption) {
      const n = d.all.X.length;
      caption.textContent = `${name}: ${n} point${n === 1 ? '' : 's'} coloured by class; ${d.XTrain.length} training points (dots) and ${d.XTest.length} test points (crosses)`;
    }
    // A few clicked points are drawn larger than thousands of generated ones.
    const r = d.own && d.all.X.length <= 300 ? 4 : undefined;
    const o = { X: d.all.X, y: d.all.y, split: d.all.split, name, ...(domain ? { domain } : {}), ...(r ? { r } : {}) };
    // Thousands of points: the frame in one job, every point in the next (drawPanel).
    return { options: { count: d.all.X.length, part: (range) => b.blobScatter({ ...o, range }), looks: () => b.blobScatterLooks(o) } };
  }

  private fillOneHot(labels: number[], classes: number): void {
    const title = this.querySelector('[data-one-hot] caption');
    if (title) title.textContent = `The first training labels and their one-hot vectors (${classes} classes)`;
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
}

if (!customElements.get('demo-blobs')) customElements.define('demo-blobs', BlobsFigure);
