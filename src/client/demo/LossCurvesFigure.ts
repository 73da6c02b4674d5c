/**
 * <demo-loss-curves experiment="blobs4" metric="loss|accuracy|mse">: the training and
 * validation curves of the store's current run, redrawn as epochs end (at most every
 * MOTION_INTERVAL_MS, see LiveFigure; the run's end always draws). Before any run (or after
 * Reset) it shows the build-time run the server rendered.
 */
import type { CurveMetric } from '../../lib/figures/lossCurves';
import type { StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';
import { LiveFigure, type FigureUpdate } from './LiveFigure';

const builders = lazyModule(() => import('../../lib/figures/lossCurves'));

export class LossCurvesFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['start', 'epoch', 'done', 'reset', 'data'];
  protected drawOnConnect(): boolean {
    return false;
  }

  protected draw(): FigureUpdate | 'static' | null {
    const metric = (this.getAttribute('metric') ?? 'loss') as CurveMetric;
    const { history, settings } = this.store.last;
    // No run since load or Reset: the build-time run stays on show.
    if (!settings) return 'static';
    const b = this.loaded(builders);
    if (!b) return null;
    const lesson = this.store.config.lesson;
    // Live curves fit the panel (text stays legible on a phone); the build-time ones are 640 wide.
    const panel = this.querySelector<HTMLElement>('[data-figure-panel]');
    const width = Math.round(Math.max(280, Math.min(640, panel?.clientWidth || 640)));
    const reference = metric === 'accuracy' ? lesson?.accuracy : lesson?.loss;
    return {
      options: b.lossCurves({
        history,
        metric,
        epochs: settings.epochs,
        width,
        height: Math.round(Math.max(220, (300 * width) / 640)),
        ...(reference !== undefined ? { reference: { value: reference, label: 'lesson' } } : {}),
      }),
    };
  }
}

if (!customElements.get('demo-loss-curves')) customElements.define('demo-loss-curves', LossCurvesFigure);
