/**
 * <demo-loss-curves experiment="blobs4" metric="loss|accuracy|mse">: the training and
 * validation curves of the store's current run, redrawn after every epoch. Before any run (or
 * after Reset) it shows the build-time run the server rendered.
 */
import { lossCurves, type CurveMetric } from '../../lib/figures/lossCurves';
import type { StoreEvent } from './experimentStore';
import { LiveFigure, type FigureUpdate } from './LiveFigure';

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
    const lesson = this.store.config.lesson;
    const reference = metric === 'accuracy' ? lesson.accuracy : lesson.loss;
    return {
      options: lossCurves({
        history,
        metric,
        epochs: settings.epochs,
        width: Number(this.getAttribute('width') ?? 640),
        height: Number(this.getAttribute('height') ?? 300),
        ...(reference !== undefined ? { reference: { value: reference, label: 'lesson' } } : {}),
      }),
    };
  }
}

if (!customElements.get('demo-loss-curves')) customElements.define('demo-loss-curves', LossCurvesFigure);
