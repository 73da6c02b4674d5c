/**
 * <demo-decision-boundary experiment="blobs4">: the 100 x 100 grid over [-20, 20]^2 shaded by
 * the class the model predicts, redrawn after every epoch from the grid classes the worker
 * sends with the epoch (livePredictions), with the test points on top.
 */
import { decisionGrid } from '../../lib/data/decisionGrid';
import { decisionBoundary } from '../../lib/figures/decisionBoundary';
import type { StoreEvent } from './experimentStore';
import { LiveFigure, type FigureUpdate } from './LiveFigure';

let grid: number[][] | undefined;

export class DecisionBoundaryFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['start', 'epoch', 'done', 'reset', 'data'];
  private originalStatus = '';
  // Ten thousand grid cells and the test points: a few redraws a second are enough to watch.
  protected motionIntervalMs = 250;

  protected setup(): void {
    this.originalStatus = this.querySelector('[data-status]')?.textContent ?? '';
  }

  protected draw(): FigureUpdate | 'static' | null {
    const s = this.store;
    const { data, epoch, done, settings } = s.last;
    const classes = done?.predictions?.gridClasses ?? epoch?.predictions?.gridClasses;
    if (!classes || !data) {
      if (done?.status === 'diverged') this.setStatus('This run diverged before its first epoch ended: there is no boundary to draw.');
      else if (settings) this.setStatus('Training: the regions appear after the first epoch.');
      else this.setStatus(s.isLessonData() ? this.originalStatus : 'The data has changed: train the model to see its decision regions.');
      return s.isLessonData() && !settings ? 'static' : null;
    }
    grid ??= decisionGrid({ n: 100, extent: 20 });
    const epochs = settings?.epochs ?? 0;
    const at = done ? (done.status === 'completed' ? 'after training' : `after ${done.epochsRun} epochs (${done.status})`) : `after epoch ${epoch?.event.epoch ?? 0} of ${epochs}`;
    this.setStatus(`Shown: your run, ${at}.`);
    return { options: decisionBoundary({ grid, gridClasses: classes, X: data.xTest, y: data.yTest }) };
  }

  private setStatus(text: string): void {
    const el = this.querySelector('[data-status]');
    if (el && el.textContent !== text) el.textContent = text;
  }
}

if (!customElements.get('demo-decision-boundary')) customElements.define('demo-decision-boundary', DecisionBoundaryFigure);
