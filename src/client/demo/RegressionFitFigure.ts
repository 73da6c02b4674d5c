/**
 * <regression-fit experiment="regression">: the model's curve over the data, redrawn after
 * every epoch from the worker's live predictions, with the training and test MSE beside the
 * lesson's and the noise floor σ² (which follows the noise knob).
 *
 * The server renders the site's own seeded run (figure and numbers). That rendering is kept
 * aside on load and put back on Reset, so the page returns exactly to what a reader without
 * JavaScript sees; any run or data change replaces it with live drawings. On a narrow column
 * the 640 px figure would shrink its text below reading size, so there the element redraws
 * the build's curve (carried in data-build-curve) at the column's width.
 */
import { LiveFigure, type FigureUpdate } from './LiveFigure';
import type { StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';
import { regressionFitReport, type FitReport } from '../../lib/demo/regressionFitReport';
import { saveMarkup, type SavedMarkup } from './chrome/savedMarkup';
import { chartOnShow, clearPaths, movePaths } from './movePaths';
import { observedWidth } from './observedWidth';
import { regressionModelRow, type RegressionModelChoice } from '../../lib/demo/regressionModel';
import { settingsConfig } from '../../lib/knobs/settingsConfig';
import { throttle } from '../../lib/schedule/throttle';
import { globalTimers } from '../../lib/schedule/timers';
import type { RegressionTarget } from '../../lib/data/regressionTarget';

const builders = lazyModule(() =>
  Promise.all([
    import('../../lib/figures/regressionFit'),
    import('../../lib/figures/regressionSplit'),
    import('../../lib/figures/regressionFitPaths'),
  ]).then(([fit, split, paths]) => ({ ...fit, ...split, ...paths })),
);

/** Stands for the lesson's data, which the build-time chart shows, without making them at load. */
const LESSON_DATA = {};

/** Width of the figure rendered at build time, and the column below which it is redrawn narrower. */
const FULL_WIDTH = 640;
const NARROW = 560;

export class RegressionFitFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['data', 'start', 'epoch', 'done', 'reset'];
  /** The build-time caption, numbers and status, to restore on Reset (LiveFigure keeps the panels). */
  private saved: { caption: SavedMarkup; report: SavedMarkup } | undefined;
  private buildCurve: { x: number[]; y: number[] } | undefined;
  /** The live curve on show, so an epoch that brought no new one redraws nothing. */
  private shownCurve: unknown;
  /**
   * The data and frame (regressionFitPaths) of the fit on show, whose lines alone a new curve may
   * move. The build's chart is a fit of the lesson's data (LESSON_DATA), with its frame in the
   * markup (data-frame).
   */
  private linesOf: { data: object; frame: string } | undefined;
  /** The width of the figure's column. */
  private panelsWidth: () => number = () => 0;

  protected setup(): void {
    const panels = this.querySelector<HTMLElement>('[data-figure-panels]');
    if (panels) this.panelsWidth = observedWidth(panels);
    this.saved = {
      caption: saveMarkup(this.querySelector('[data-figure] .static-figure__caption')),
      report: saveMarkup(this.querySelector('[data-report]')),
    };
    // Epochs may end a hundred times a second: the numbers follow them at the figures' pace.
    const report = throttle(() => this.updateReport(), {
      intervalMs: () => this.motionIntervalMs,
      clock: () => performance.now(),
      timers: globalTimers,
    });
    this.store.on('epoch', () => report.request());
    for (const event of ['settings', 'start', 'done', 'error', 'data'] as const) this.store.on(event, () => report.now());
    this.store.on('reset', () => {
      report.cancel();
      this.restore();
    });
    try {
      this.buildCurve = JSON.parse(this.dataset.buildCurve ?? 'null') ?? undefined;
    } catch {
      this.buildCurve = undefined;
    }
    if (!this.store.isLessonData()) this.updateReport();
    this.linesOf = this.buildChart();
    this.dataset.ready = 'true';
  }

  protected drawOnConnect(): boolean {
    return !this.store.isLessonData() || this.size().width < FULL_WIDTH;
  }

  protected draw(): FigureUpdate | null {
    const s = this.store;
    const size = this.size();
    if (this.showsBuildRun()) {
      this.restore();
      // The build's chart is a fit of these data: a run whose curves share its frame moves its lines.
      if (size.width >= FULL_WIDTH || !this.buildCurve || !this.saved) return null;
      const narrow = this.loaded(builders);
      if (!narrow) return null;
      const d = s.data();
      const fit = { x: d.all.X.map((r) => r[0]), y: d.all.y, split: d.all.split, curve: this.buildCurve, target: this.choice().target, ...size };
      const frame = narrow.regressionFitPaths(fit)?.frame;
      this.linesOf = frame ? { data: d, frame } : undefined;
      const o = narrow.regressionFit(fit);
      return { options: o, description: this.staticDescription() };
    }
    // Caption, description and panel change together, once the figure code is in.
    const b = this.loaded(builders);
    if (!b) return null;
    const d = s.last.data ?? s.data();
    const x = d.all.X.map((r) => r[0]);
    const curve = s.livePredictions()?.curve;
    // Not every epoch carries a curve (livePace): the one on show stays until the next arrives.
    if (curve && curve === this.shownCurve && !s.last.done) return null;
    this.shownCurve = curve;
    this.setCaption(curve ? 'The fitted curve over the data: your run' : 'The data, before your model is trained');
    const waiting = `${s.running ? 'Training has started; the curve appears after the first epoch.' : 'Press Train to fit the model and draw its curve.'}`;
    // A run starting on the data on show: the last fit's lines go, its thousand dots stay.
    const chart = chartOnShow(this);
    if (!curve && s.running && this.showsDataOf(d) && chart && clearPaths(chart, { dots: false })) {
      this.markLive();
      const target = this.querySelector('[data-figure-description]');
      if (target) target.textContent = `${this.status()} ${waiting}`;
      return null;
    }
    if (!curve) this.linesOf = undefined;
    if (!curve) {
      const o = { x, y: d.all.y, split: d.all.split, ...size };
      const described = b.regressionSplit({ ...o, range: { start: 0, end: 0 } }).ariaDescription ?? '';
      return {
        // Many points: the frame in one job, every point in the next (drawPanel).
        options: { count: x.length, part: (range) => b.regressionSplit({ ...o, range }), looks: () => b.regressionSplitLooks(o) },
        description: `${described} ${waiting}`,
      };
    }
    const fit = { x, y: d.all.y, split: d.all.split, curve, target: this.choice().target, ...size };
    // Same points on the same scales as the figure on show: only the two lines move, their paths
    // computed from those scales (regressionFitPaths gives what Plot would draw), and the thousand
    // dots under them are not drawn again.
    const paths = b.regressionFitPaths(fit);
    if (paths && this.showsDataOf(d) && this.linesOf?.frame === paths.frame && this.moveLines(paths.lines, `${this.status()} ${paths.description}`)) {
      this.linesOf = { data: d, frame: paths.frame };
      return null;
    }
    this.linesOf = paths ? { data: d, frame: paths.frame } : undefined;
    const o = b.regressionFit(fit);
    return { options: o, description: `${this.status()} ${o.ariaDescription ?? ''}` };
  }

  /** True when the fit on show is drawn over the data `d`. */
  private showsDataOf(d: object): boolean {
    const shown = this.linesOf?.data;
    return shown === d || (shown === LESSON_DATA && this.store.isLessonData());
  }

  /** The build's chart, when it is on show at its own size. */
  private buildChart(): { data: object; frame: string } | undefined {
    const frame = this.dataset.frame;
    return frame && this.size().width >= FULL_WIDTH ? { data: LESSON_DATA, frame } : undefined;
  }

  /** Sets the paths of the lines of the figure on show; false when it has not those lines to move. */
  private moveLines(paths: string[], description: string): boolean {
    const chart = chartOnShow(this);
    if (!chart || !movePaths(chart, paths)) return false;
    this.markLive();
    const target = this.querySelector('[data-figure-description]');
    if (target) target.textContent = description;
    return true;
  }

  /**
   * The build's 640 x 400 wherever it shrinks by less than an eighth; on narrower columns the
   * column's width (at least 300 px) with a taller aspect.
   */
  private size(): { width: number; height: number } {
    const available = this.panelsWidth() || FULL_WIDTH;
    if (available >= NARROW) return { width: FULL_WIDTH, height: 400 };
    const width = Math.max(300, Math.floor(available));
    return { width, height: Math.round(width * 0.85) };
  }

  /** True while nothing has run and the data are the lesson's: the build-time figure is right. */
  private showsBuildRun(): boolean {
    const s = this.store;
    return !s.running && !s.last.epoch && !s.last.done && !s.last.error && s.isLessonData();
  }

  private restore(): void {
    this.linesOf = this.buildChart();
    if (!this.saved) return;
    this.restoreStatic(this.querySelector('[data-figure]'));
    this.saved.caption.restore();
    this.saved.report.restore();
  }

  private setCaption(text: string): void {
    const caption = this.querySelector<HTMLElement>('[data-figure] .static-figure__caption');
    if (caption && caption.textContent !== text) caption.textContent = text;
  }

  /** Where the run stands, in words. */
  private status(): string {
    const s = this.store;
    const epochs = s.last.settings?.epochs ?? s.settings.epochs;
    const done = s.last.done;
    if (done) {
      if (done.status === 'completed') return `After ${done.epochsRun} epochs.`;
      if (done.status === 'stopped') return `Stopped after epoch ${done.epochsRun} of ${epochs}.`;
      return `Training diverged after epoch ${done.epochsRun}.`;
    }
    if (s.last.error) return 'Training failed.';
    const epoch = s.last.epoch?.event.epoch;
    if (epoch !== undefined) return `Epoch ${epoch} of ${epochs}${s.running ? ', training' : ''}.`;
    return s.running ? 'Training has started.' : 'Not trained on these data yet.';
  }

  /** The model and curve of the run on show (or, before one, of the knobs). */
  private choice(): RegressionModelChoice & { target: RegressionTarget } {
    const s = this.store;
    const c = settingsConfig(s.config.id, s.last.settings ?? s.settings);
    const model = c.model.builder === 'regressor' ? c.model : undefined;
    const target = c.data.kind === 'regression' ? (c.data.target ?? 'sigmoid') : 'sigmoid';
    return { hidden: model?.hidden[0] ?? 0, activation: model?.hiddenActivation ?? 'tanh', target };
  }

  private numbers(): FitReport & { model: { label: string; text: string } } {
    const s = this.store;
    const done = s.last.done;
    const epoch = s.last.epoch?.event;
    const history = s.last.history;
    const lastMetrics = history[history.length - 1];
    const trainMse = lastMetrics?.loss;
    const testMse = done?.test?.loss ?? lastMetrics?.valLoss;
    const weights = done?.weights ?? epoch?.weights;
    const choice = this.choice();
    const report = regressionFitReport({
      noise: s.settings.noise ?? (s.config.data.kind === 'regression' ? s.config.data.noise : 0),
      ...(s.config.lesson ? { lessonMse: s.config.lesson.loss } : {}),
      hidden: choice.hidden,
      target: choice.target,
      ...(trainMse !== undefined ? { trainMse } : {}),
      ...(testMse !== undefined ? { testMse } : {}),
    });
    const w = weights?.kernel[0]?.[0];
    const b = weights?.bias[0];
    return { ...report, model: regressionModelRow(choice, choice.target, w !== undefined && b !== undefined ? { w, b } : undefined) };
  }

  private updateReport(): void {
    if (this.showsBuildRun()) return;
    const r = this.numbers();
    for (const row of r.rows) {
      const tr = this.querySelector<HTMLElement>(`[data-report-row="${row.key}"]`);
      if (!tr) continue;
      const th = tr.querySelector('th');
      const td = tr.querySelector('td');
      setText(th, row.label);
      setText(td, row.text);
      if (row.value !== undefined) tr.dataset.value = String(row.value);
      else delete tr.dataset.value;
    }
    const model = this.querySelector<HTMLElement>('[data-report-row="weights"]');
    const modelLabel = model?.querySelector('th');
    const modelText = model?.querySelector('td');
    setText(modelLabel, r.model.label);
    setText(modelText, r.model.text);
    setText(this.querySelector('[data-report-status]'), this.status());
    // The verdict is announced once, when a run ends, not on every epoch.
    const verdict = this.querySelector<HTMLElement>('[data-report-verdict]');
    setText(verdict, this.store.running ? '' : r.verdict);
  }
}

/** Writes `text` only when it differs: an unchanged cell then costs the page no style or layout work. */
function setText(el: Element | null | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

if (!customElements.get('regression-fit')) customElements.define('regression-fit', RegressionFitFigure);
