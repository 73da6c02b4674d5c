/**
 * <demo-loss-curves experiment="blobs4" metric="loss|accuracy|mse">: the training and
 * validation curves of the store's current run, redrawn as epochs end (at most every
 * MOTION_INTERVAL_MS, see LiveFigure; the run's end always draws). Before any run (or after
 * Reset) it shows the build-time run the server rendered.
 *
 * Plot draws the figure only when its frame changes (its axes, size and marks, see
 * lossCurvePaths): an epoch whose values stay inside the axes on show (lossCurves keeps the loss
 * axis at a round number above the values, see curveDomain) only moves the lines and dots of
 * the chart on show (movePaths), and a new run empties the last run's chart (clearPaths) and
 * fills it in if its values fit, as those of a run with the same settings do: while a run trains
 * its loss axis holds the one on show as long as the values fit (curveDomain's `held`), so a
 * loss that climbs before it falls, as the sine's does, moves no axis, and the run's end has its
 * own axis, the same for the same settings. The moved paths
 * are the ones Plot draws, so the finished figure is a drawing of the whole run either way. The
 * build-time chart counts as the last run's: its frame comes with the markup (data-frame), so a
 * first run with the lesson's settings on a panel of the build's size draws nothing either. On a
 * phone-speed CPU a new drawing by Plot took 13 to 77 ms of script before its style, layout and
 * paint; a run with the settings of the last one now needs none.
 */
import type { CurveMetric, LossCurvesOptions } from '../../lib/figures/lossCurves';
import type { StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';
import { LiveFigure, type FigureUpdate } from './LiveFigure';
import { chartOnShow, clearPaths, movePaths } from './movePaths';
import { observedWidth } from './observedWidth';

const builders = lazyModule(() =>
  Promise.all([import('../../lib/figures/lossCurves'), import('../../lib/figures/lossCurvePaths')]).then(([curves, paths]) => ({ ...curves, ...paths })),
);

/** The width lossCurves draws at by default, as the build does. */
const BUILD_WIDTH = 640;

export class LossCurvesFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['start', 'epoch', 'done', 'reset', 'data'];
  /** The frame (lossCurvePaths) of the drawing asked of Plot last, and the chart it gave. */
  private drawing: { frame: string | undefined; chart: Element | null } = { frame: undefined, chart: null };
  /** True while the build-time chart is on show (after load and after Reset). */
  private staticOnShow = true;
  /** The width of the figure's panel. */
  private panelWidth: () => number = () => 0;

  protected drawOnConnect(): boolean {
    return false;
  }

  protected setup(): void {
    const panel = this.querySelector<HTMLElement>('[data-figure-panel]');
    if (panel) this.panelWidth = observedWidth(panel);
    this.addEventListener('figure-drawn', () => {
      this.drawing.chart = chartOnShow(this);
    });
  }

  protected draw(): FigureUpdate | 'static' | null {
    const { history, settings } = this.store.last;
    // No run since load or Reset: the build-time run stays on show.
    if (!settings) {
      this.drawing = { frame: undefined, chart: null };
      this.staticOnShow = true;
      return 'static';
    }
    const b = this.loaded(builders);
    if (!b) return null;
    const chart = chartOnShow(this);
    if (this.staticOnShow) this.drawing = { frame: this.dataset.frame, chart };
    this.staticOnShow = false;
    // While a run trains it keeps the axis on show as long as its values fit (curveDomain).
    const held = this.store.running ? b.frameAxis(this.drawing.frame) : undefined;
    const o = this.curveOptions(history, settings.epochs, held);
    const paths = b.lossCurvePaths(o);
    const kept = paths && chart && chart === this.drawing.chart ? chart : null;
    // A run starting: the last run's chart, emptied, waits for the first epoch with its frame.
    const starting = history.length === 0 && this.store.running;
    if (paths && kept && ((starting && clearPaths(kept)) || (paths.frame === this.drawing.frame && movePaths(kept, paths.lines, paths.dots)))) {
      this.markLive();
      this.describe(paths.description);
      return null;
    }
    this.drawing = { frame: paths?.frame, chart: null };
    return { options: b.lossCurves(o) };
  }

  private describe(text: string): void {
    const description = this.querySelector('[data-figure-description]');
    if (description && text && description.textContent !== text) description.textContent = text;
  }

  private curveOptions(history: LossCurvesOptions['history'], epochs: number, heldAxis: [number, number] | undefined): LossCurvesOptions {
    const metric = (this.getAttribute('metric') ?? 'loss') as CurveMetric;
    const lesson = this.store.config.lesson;
    // Live curves fit the panel (text stays legible on a phone); the build-time ones are 640 wide.
    // A panel within a tenth of that shows the build's size, scaled a little as the build-time
    // chart is: the two then share their frame, and a run can move the lines of either in place.
    const panel = this.panelWidth() || BUILD_WIDTH;
    const width = panel >= 0.9 * BUILD_WIDTH ? BUILD_WIDTH : Math.round(Math.max(280, panel));
    const reference = metric === 'accuracy' ? lesson?.accuracy : lesson?.loss;
    return {
      history,
      metric,
      epochs,
      width,
      height: Math.round(Math.max(220, (300 * width) / 640)),
      ...(reference !== undefined ? { reference: { value: reference, label: 'lesson' } } : {}),
      ...(heldAxis ? { heldAxis } : {}),
    };
  }
}

if (!customElements.get('demo-loss-curves')) customElements.define('demo-loss-curves', LossCurvesFigure);
