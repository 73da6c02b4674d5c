/**
 * Live versions of the figures on the "inside a linear classifier" page. Each element wraps a
 * build-time StaticFigure and, through LiveFigure, redraws it from the 2-blob store: the
 * weights of the latest epoch (or of the finished run) pushed through src/lib/inside, so the
 * heatmaps, the bias arrow and the probabilities move while the model learns. With no run to
 * show (before Train, after Reset) the build's figure, made from the same seeded run a default
 * Train reproduces, comes back.
 *
 * The visible Data table under each figure follows the drawing, so what a screen reader can
 * read is what the chart shows.
 */
import type { FigureTable, InsideFigure } from '../../lib/inside/insideClassifierFigures';
import type { DenseWeights as DenseLayerWeights } from '../../lib/training/protocol';
import { LiveFigure, type FigureUpdate } from './LiveFigure';
import type { DemoData, StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';

/**
 * The figure builders pull in Observable Plot, which no reader needs before a run or a data
 * change: they load on the first Train (or the first figure that needs them), not with the page.
 */
type Builders = typeof import('../../lib/inside/insideClassifierFigures');
const builders = lazyModule<Builders>(() => import('../../lib/inside/insideClassifierFigures'));

/** Same cell text as StaticFigure's table. */
function cellText(v: string | number): string {
  return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(4)) : v;
}

abstract class InsideFigureElement extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['data', 'epoch', 'done', 'reset'];
  private table: FigureTable | undefined;
  private originalTable: string | undefined;

  protected setup(): void {
    this.originalTable = this.querySelector('[data-figure] table')?.innerHTML;
    this.store.on('start', () => this.prefetch(builders));
  }

  /** The figure for the current state, or null when only the build's figure fits. */
  protected abstract figure(b: Builders, data: DemoData, weights: DenseLayerWeights | undefined): InsideFigure | null;

  /** Whether the current state differs from what the build's figure shows. */
  protected hasFigure(weights: DenseLayerWeights | undefined): boolean {
    return weights !== undefined;
  }

  protected draw(): FigureUpdate | 'static' | null {
    const last = this.store.last;
    const weights = last.done?.weights ?? last.epoch?.event.weights;
    if (!this.hasFigure(weights)) {
      this.table = undefined;
      return 'static';
    }
    // While the builders load (or if their import failed) the build's figure stays.
    const b = this.loaded(builders);
    if (!b) return null;
    const figure = this.figure(b, last.data ?? this.store.data(), weights);
    this.table = figure?.table;
    if (!figure) return 'static';
    const note = weights && weights.bias.length > 2 ? this.manyClassesNote(weights.bias.length) : undefined;
    if (!note) return { options: figure.options };
    const described = figure.options.map((o) => o.ariaDescription).filter((d): d is string => Boolean(d));
    return { options: figure.options, description: [note, ...described].join(' ') };
  }

  /** What the figure leaves out when the reader's data has more than two classes. */
  protected manyClassesNote(_classes: number): string | undefined {
    return undefined;
  }

  renderNow(): void {
    const before = this.table;
    super.renderNow();
    // A draw that returned null (builders still loading) leaves the table as it was.
    if (this.table && this.table !== before) this.fillTable(this.table);
    else if (!this.table) this.restoreTable();
  }

  private restoreTable(): void {
    const el = this.querySelector('[data-figure] table');
    if (el && this.originalTable !== undefined && el.innerHTML !== this.originalTable) el.innerHTML = this.originalTable;
  }

  private fillTable(table: FigureTable): void {
    const el = this.querySelector('[data-figure] table');
    const body = el?.querySelector('tbody');
    if (!el || !body) return;
    const shown = Math.max(1, body.rows.length);
    const rows = table.rows.slice(0, shown).map((row) => {
      const tr = document.createElement('tr');
      for (const v of row) {
        const td = document.createElement('td');
        td.textContent = cellText(v);
        tr.append(td);
      }
      return tr;
    });
    body.replaceChildren(...rows);
    const caption = el.querySelector('caption');
    const first = caption?.firstChild;
    if (first?.nodeType === Node.TEXT_NODE) first.textContent = `First ${rows.length} of ${table.rows.length} rows`;
  }
}

class InsideWeights extends InsideFigureElement {
  protected figure(b: Builders, _data: DemoData, weights: DenseLayerWeights | undefined): InsideFigure | null {
    return weights ? b.weightsFigure(weights.kernel, weights.bias) : null;
  }
}

class InsideBiasShift extends InsideFigureElement {
  protected manyClassesNote(classes: number): string {
    return `This run has ${classes} classes, so its scores have ${classes} coordinates: the plot shows the first two.`;
  }

  protected figure(b: Builders, data: DemoData, weights: DenseLayerWeights | undefined): InsideFigure | null {
    return weights ? b.biasShiftFigure({ XTest: data.XTest, yTest: data.yTest, kernel: weights.kernel, bias: weights.bias }) : null;
  }
}

class InsideProbabilities extends InsideFigureElement {
  protected manyClassesNote(classes: number): string {
    return `This run has ${classes} classes: only p₀ and p₁ are drawn, and with the other classes taking a share they add up to less than 1.`;
  }

  protected figure(b: Builders, data: DemoData, weights: DenseLayerWeights | undefined): InsideFigure | null {
    return weights ? b.probabilitiesFigure({ XTest: data.XTest, yTest: data.yTest, kernel: weights.kernel, bias: weights.bias }) : null;
  }
}

/** Depends on the data only: redrawn when the reader's data settings change it. */
class InsideTestScatter extends InsideFigureElement {
  protected redrawOn: StoreEvent[] = ['data', 'reset'];
  protected hasFigure(): boolean {
    return !this.store.isLessonData();
  }
  protected figure(b: Builders, data: DemoData): InsideFigure | null {
    return b.testScatterFigure(data.XTest, data.yTest);
  }
}

const elements: [string, CustomElementConstructor][] = [
  ['inside-weights', InsideWeights],
  ['inside-bias-shift', InsideBiasShift],
  ['inside-probabilities', InsideProbabilities],
  ['inside-test-scatter', InsideTestScatter],
];
for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);
