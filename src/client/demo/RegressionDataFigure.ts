/**
 * <regression-data experiment="regression">: the noisy sigmoid and its train/test split, with
 * the data knobs (points, noise, data seed) wired to the experiment's store by wireKnobs, so a
 * refused value gets its message beside the field and the dataset stays the last good one.
 * Reset on the trainer puts the fields back and redraws the lesson's data.
 */
import { LiveFigure, type FigureUpdate } from './LiveFigure';
import type { StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';
import { REGRESSION_DATA_PANEL } from '../../lib/demo/regressionDataPanel';
import { wireKnobs } from './wireKnobs';

const builders = lazyModule(() =>
  Promise.all([import('../../lib/figures/regressionScatter'), import('../../lib/figures/regressionSplit')]).then(([scatter, split]) => ({
    ...scatter,
    ...split,
  })),
);

export class RegressionDataFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['data', 'reset'];

  protected setup(): void {
    const form = this.querySelector('form');
    if (form) {
      form.addEventListener('submit', (e) => e.preventDefault());
      wireKnobs(form, this.store);
    }
    this.syncTable();
    this.dataset.ready = 'true';
  }

  protected draw(): FigureUpdate | null {
    this.syncTable();
    const b = this.loaded(builders);
    if (!b) return null;
    const d = this.store.data();
    const x = d.all.X.map((r) => r[0]);
    const count = x.length;
    const caption = this.querySelector('.static-figure__caption');
    // Said as the build says it (RegressionData.astro), of the data drawn now.
    if (caption) caption.textContent = `The noisy sigmoid: ${count} points, then ${d.XTrain.length} for training and ${d.XTest.length} for testing`;
    const o = { x, y: d.all.y, ...REGRESSION_DATA_PANEL };
    const s = { ...o, split: d.all.split };
    // Each panel: its frame in one job, every point in the next (drawPanel).
    return {
      options: [
        { count, part: (range) => b.regressionScatter({ ...o, range }), looks: () => b.regressionScatterLooks(o) },
        { count, part: (range) => b.regressionSplit({ ...s, range }), looks: () => b.regressionSplitLooks(s) },
      ],
    };
  }

  /** The Data table and its CSV hold the lesson's points: hidden while the knobs draw others. */
  private syncTable(): void {
    const lesson = this.store.isLessonData();
    const table = this.querySelector<HTMLElement>('.static-figure__data');
    const note = this.querySelector<HTMLElement>('[data-table-note]');
    if (table) table.hidden = !lesson;
    if (note) note.hidden = lesson;
  }
}

if (!customElements.get('regression-data')) customElements.define('regression-data', RegressionDataFigure);
