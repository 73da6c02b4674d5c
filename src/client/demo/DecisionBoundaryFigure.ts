/**
 * <demo-decision-boundary experiment="blobs4">: the experiment's grid (see experimentGrid) shaded by
 * the class the model predicts, redrawn while the model learns from the grid classes the worker
 * sends with each epoch (livePredictions), with the test points on top.
 *
 * While a run goes only the shaded regions change: instead of drawing 800 points again every
 * epoch, the regions of the figure on show become one image of the grid's classes, redrawn in
 * place (same grid, so the same scales; regionImage.ts). That keeps each redraw a small task on
 * the page's thread, paint included. The figure is drawn whole, by Plot, when the data changes.
 */
import { experimentGrid } from '../../lib/experiments/registry';
import { decisionGrid } from '../../lib/data/decisionGrid';
import type { StoreEvent } from './experimentStore';
import { lazyModule } from './lazyModule';
import { LiveFigure, type FigureUpdate } from './LiveFigure';

/** Each experiment's grid points, made once per page. */
const grids = new Map<string, number[][]>();
const builders = lazyModule(() => import('../../lib/figures/decisionBoundary'));
/** All a redraw of the regions alone needs; the builders only come when the whole figure is drawn. */
const regionImage = lazyModule(() => import('./regionImage'));

/** Stands for the lesson's data, which the build-time figure draws. */
const LESSON = {};

export class DecisionBoundaryFigure extends LiveFigure {
  protected redrawOn: StoreEvent[] = ['start', 'epoch', 'done', 'reset', 'data'];
  /** The data the figure on show draws as points: the lesson's (build time) or a run's. */
  private pointsOf: object | undefined = LESSON;
  /** The grid classes on show, so an epoch that brought no new ones redraws nothing. */
  private shown: readonly number[] | undefined;

  protected draw(): FigureUpdate | 'static' | null {
    const s = this.store;
    const { data, epoch, done, settings } = s.last;
    // Not every epoch carries a grid (livePace): the latest one stays on show until the next.
    const classes = s.livePredictions()?.gridClasses;
    if (!classes || !data) {
      this.shown = undefined;
      if (done?.status === 'diverged') this.statusLine.show('This run diverged before its first epoch ended: there is no boundary to draw.');
      else if (settings) this.statusLine.show('Training: the regions appear after the first epoch.');
      else if (s.isLessonData()) this.statusLine.restore();
      else this.statusLine.show('The data has changed: train the model to see its decision regions.');
      if (s.isLessonData() && !settings) {
        this.pointsOf = LESSON;
        return 'static';
      }
      return null;
    }
    if (classes === this.shown && !done) return null;
    const image = this.loaded(regionImage);
    if (!image) return null;
    const g = grids.get(s.id) ?? decisionGrid(experimentGrid(s.config));
    grids.set(s.id, g);
    const epochs = settings?.epochs ?? 0;
    const at = done
      ? done.status === 'completed'
        ? 'after training'
        : `after ${done.epochsRun} epochs (${done.status})`
      : `after epoch ${epoch?.event.epoch ?? 0} of ${epochs}`;
    this.statusLine.show(`Shown: your run, ${at}.`);
    const figure = { grid: g, gridClasses: classes, X: data.XTest, y: data.yTest };
    // The store hands out one object per dataset, so the same object means the same points.
    const key = s.isLessonData() ? LESSON : data;
    const svg = this.querySelector<SVGSVGElement>('[data-figure-panel] svg[role="img"]');
    const description = key === this.pointsOf && svg ? image.showRegionImage(svg, figure) : null;
    if (description !== null) {
      this.shown = classes;
      this.shownLive(description);
      return null;
    }
    const b = this.loaded(builders);
    if (!b) return null;
    this.shown = classes;
    this.pointsOf = key;
    return { options: b.decisionBoundary(figure) };
  }

  /** After the regions of the figure on show were redrawn in place. */
  private shownLive(description: string): void {
    this.markLive();
    const target = this.querySelector('[data-figure-description]');
    if (target && description) target.textContent = description;
  }
}

if (!customElements.get('demo-decision-boundary')) customElements.define('demo-decision-boundary', DecisionBoundaryFigure);
