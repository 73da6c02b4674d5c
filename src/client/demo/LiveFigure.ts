/**
 * Base class of the live figure elements. The server renders a StaticFigure inside the
 * element; once the script runs, the element subscribes to its experiment's store and, when
 * the data or the run changes, replaces the figure's panels with new renderings of the same
 * src/lib/figures options (same width and height, so nothing below moves).
 *
 * API for subclasses:
 *   <demo-x experiment="blobs4"> <figure data-figure=...>...</figure> </demo-x>
 *   protected draw(): FigureUpdate | 'static' | null
 *                                           build options from this.store; 'static' brings back the
 *                                           build-time figure (after Reset); null keeps what is shown
 *   protected redrawOn: StoreEvent[]        events that trigger a redraw (default data, epoch, done, reset)
 *   protected drawOnConnect(): boolean      redraw at once on load (default: when the URL changed the data)
 *   protected setup(): void                 called once after the store is known (wire own controls)
 *   protected requestDraw(): void           schedule a redraw
 *   protected motionIntervalMs              least ms between redraws that follow training progress
 *   protected loaded(module): M | null      a LazyModule (lazyModule.ts) of figure builders, or null
 *                                           while it (and the renderer) loads: draw() returns null
 *                                           then, and a redraw follows when both have arrived
 *   protected prefetch(module): void        start loading a module and the renderer early (on Train)
 *   protected renderer(): Renderer | null   renderFigure itself, the same way (to patch a figure)
 *   event 'figure-drawn'                    dispatched on the element when all panels are drawn
 *                                           (data-live="true" marks the figure once its first panel is complete)
 *   this.store                              the ExperimentStore
 *   this.statusLine                         the figure's [data-status] line (chrome/statusLine.ts)
 *   protected restoreStatic(figure)         bring back the build-time panels and description
 *   protected markLive()                    mark a figure changed in place as live (Reset restores it)
 *
 * Before setup() the figure's script-only parts ([data-js-only]) show and its no-script notes
 * ([data-no-js]) hide (chrome/revealScripted.ts); its panels and description are saved then, for
 * restoreStatic (chrome/savedMarkup.ts).
 *
 * Redraws are queued page-wide (frameQueue.ts) and run one job (a figure's draw, one of its
 * panels, or a part of a panel of many points, see drawPanel.ts) per animation frame, so several
 * figures updating on the same epoch, or a scatter of 10,000 points, never add up to one long task.
 * A figure out of view is not drawn: it remembers it is stale and draws when scrolled to. Its
 * panels also get `content-visibility: auto` with their measured height, so the browser skips
 * their style, layout and paint while they are off screen (measured while a run trained here:
 * the page's per-frame layerize work fell about fourfold). The redraws that only follow training
 * progress ('epoch', 'progress') come at most every MOTION_INTERVAL_MS, or once a second with
 * prefers-reduced-motion (src/lib/schedule/throttle); the one at a run's end is never held back,
 * but waits one frame, so the frame that shows the run's results paints without a figure's work.
 *
 * Observable Plot (the renderer and every src/lib/figures builder) is not part of the page's
 * scripts: the server-rendered figure needs none of it. It is imported on the first redraw (a
 * data knob, a link with other data, a run), and until it arrives the figure on show stays. If
 * the import fails (offline after load), the figure on show stays too and the next event that
 * asks for a redraw tries again; nothing is thrown.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { ExperimentId } from '../../lib/experiments';
import { isExperimentId } from '../../lib/experiments/registry';
import { getExperimentStore, type ExperimentStore, type StoreEvent } from './experimentStore';
import { lazyModule, type LazyModule } from './lazyModule';
import { revealScripted } from './chrome/revealScripted';
import { saveAllMarkup, saveMarkup, type SavedMarkup } from './chrome/savedMarkup';
import { statusLine, type StatusLine } from './chrome/statusLine';
import { cancelFigureDraw, deferFigureDraw, queueFrameJob, requestFigureDraw } from './frameQueue';
import { throttle } from '../../lib/schedule/throttle';
import { globalTimers } from '../../lib/schedule/timers';
import { drawPanel, type PanelParts } from './drawPanel';

export type { PanelParts } from './drawPanel';

/** Plot's rendering to DOM: the bulk of the figure code, loaded with the first redraw. */
type Renderer = typeof import('../../lib/plot/liveRendering');
const plotRenderer: LazyModule<Renderer> = lazyModule(() => import('../../lib/plot/liveRendering'));

export interface FigureUpdate {
  /**
   * One option set per panel of the figure, in order; a panel of many points may come as
   * PanelParts instead, drawn part by part over several frames (drawPanel.ts).
   */
  options: PlotOptions | PanelParts | (PlotOptions | PanelParts)[];
  /** New visible description; default: the panels' ariaDescription joined. */
  description?: string;
}

const REDUCED_MOTION_INTERVAL_MS = 1000;
/**
 * Least time between two redraws that follow training progress, by default: a 100-epoch run of
 * the two blobs redrew its four figures after every epoch, a hundred times in about a second.
 */
export const MOTION_INTERVAL_MS = 100;
const PROGRESS_EVENTS: readonly StoreEvent[] = ['epoch', 'progress'];

/**
 * One query list for the page, read on every progress event: a matchMedia call per event and
 * figure cost the page's thread 3-7 ms a long task under 4x throttling (profiled). Its
 * `matches` follows the reader's setting live.
 */
let reducedMotion: MediaQueryList | null | undefined;

export function prefersReducedMotion(): boolean {
  if (reducedMotion === undefined) reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  return reducedMotion?.matches ?? false;
}

export abstract class LiveFigure extends HTMLElement {
  protected store!: ExperimentStore;
  protected statusLine!: StatusLine;
  protected redrawOn: StoreEvent[] = ['data', 'epoch', 'done', 'reset'];
  private unsubscribe: (() => void)[] = [];
  private readonly motion = throttle(() => this.requestDraw(), {
    intervalMs: () => (prefersReducedMotion() ? Math.max(REDUCED_MOTION_INTERVAL_MS, this.motionIntervalMs) : this.motionIntervalMs),
    clock: () => performance.now(),
    timers: globalTimers,
  });
  private initialised = false;
  private visible = false;
  private stale = false;
  private viewObserver: IntersectionObserver | undefined;
  /** Bumped by every draw, so panel jobs of an older draw are dropped. */
  private generation = 0;
  /** Least time between two redraws that only follow training progress. */
  protected motionIntervalMs = MOTION_INTERVAL_MS;
  private original: { panels: SavedMarkup[]; description: SavedMarkup } | undefined;

  protected abstract draw(): FigureUpdate | 'static' | null;

  /** Redraw on load when the link's settings gave other data than the lesson's figure shows. */
  protected drawOnConnect(): boolean {
    return !this.store.isLessonData();
  }

  protected setup(): void {}

  connectedCallback(): void {
    const id = this.getAttribute('experiment') ?? '';
    if (!isExperimentId(id)) return;
    this.store = getExperimentStore(id as ExperimentId);
    if (!this.initialised) {
      this.initialised = true;
      this.original = {
        panels: saveAllMarkup(this, '[data-figure-panel]'),
        description: saveMarkup(this.querySelector('[data-figure-description]')),
      };
      this.statusLine = statusLine(this);
      revealScripted(this);
      this.setup();
    }
    this.unsubscribe = this.redrawOn.map((event) =>
      this.store.on(event, () => (PROGRESS_EVENTS.includes(event) ? this.motion.request() : event === 'done' ? deferFigureDraw(this) : this.requestDraw())),
    );
    this.skipWhenOffScreen();
    if (this.drawOnConnect()) this.requestDraw();
  }

  private skipWhenOffScreen(): void {
    for (const panel of this.querySelectorAll<HTMLElement>('[data-figure-panel]')) {
      const height = Math.round(panel.getBoundingClientRect().height);
      if (height > 0) {
        panel.style.containIntrinsicSize = `auto ${height}px`;
        panel.style.contentVisibility = 'auto';
      }
    }
    if (typeof IntersectionObserver !== 'function') {
      this.visible = true;
      return;
    }
    this.viewObserver = new IntersectionObserver(
      (entries) => {
        this.visible = entries[entries.length - 1].isIntersecting;
        if (this.visible && this.stale) {
          this.stale = false;
          this.requestDraw();
        }
      },
      { rootMargin: '200px 0px' },
    );
    this.viewObserver.observe(this);
  }

  disconnectedCallback(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    cancelFigureDraw(this);
    this.generation += 1;
    this.viewObserver?.disconnect();
    this.motion.cancel();
  }

  /**
   * The module once it and the renderer are loaded; otherwise starts both imports (they share
   * Plot's chunk, so they arrive together), asks for a redraw when they are in, and returns null.
   */
  protected loaded<M>(module: LazyModule<M>): M | null {
    if (module.current && plotRenderer.current) return module.current;
    Promise.all([module.load(), plotRenderer.load()]).then(
      () => this.requestDraw(),
      () => undefined,
    );
    return null;
  }

  /** Starts loading `module` and the renderer ahead of the redraw that will need them. */
  protected prefetch(module: LazyModule<unknown>): void {
    Promise.all([module.load(), plotRenderer.load()]).catch(() => undefined);
  }

  /** The renderer, for a subclass that patches part of a figure itself; see loaded(). */
  protected renderer(): Renderer | null {
    return this.loaded(plotRenderer);
  }

  protected requestDraw(): void {
    requestFigureDraw(this);
  }

  /** Draws now; called by the page-wide queue. */
  renderNow(): void {
    if (!this.isConnected) return;
    if (!this.visible) {
      this.stale = true;
      return;
    }
    let update: FigureUpdate | 'static' | null;
    try {
      update = this.draw();
    } catch (err) {
      console.warn('A live figure could not be drawn:', err);
      return;
    }
    if (!update) return;
    const figure = this.querySelector<HTMLElement>('[data-figure]');
    if (!figure) return;
    if (update === 'static') {
      this.generation += 1;
      this.restoreStatic(figure);
      return;
    }
    const plot = this.renderer();
    if (!plot) return;
    const { renderFigure, fillDotLooks } = plot;
    const descriptionId = `${figure.dataset.figure}-description`;
    const panels = Array.from(figure.querySelectorAll<HTMLElement>('[data-figure-panel]'));
    const items = Array.isArray(update.options) ? update.options : [update.options];
    const generation = ++this.generation;
    const current = () => generation === this.generation && this.isConnected;
    const described: string[] = [];
    const finish = () => {
      const description = update.description ?? [...new Set(described.filter(Boolean))].join(' ');
      const target = figure.querySelector<HTMLElement>('[data-figure-description]');
      if (target && description && target.textContent !== description) target.textContent = description;
      this.dispatchEvent(new Event('figure-drawn'));
    };
    // Each panel, and each part of a panel of many points, is its own job (its own frame): two
    // 800-point panels in one task would be long. The first runs now, each queues the next.
    const drawFrom = (i: number): void => {
      const panel = panels[i];
      if (!panel) return;
      drawPanel(panel, items[i], { renderFigure, fillDotLooks, document, describedBy: descriptionId }, {
        current,
        later: queueFrameJob,
        drawn: (description) => {
          described[i] = description;
          figure.dataset.live = 'true';
          if (i + 1 < items.length) queueFrameJob(() => current() && drawFrom(i + 1));
          else finish();
        },
      });
    };
    drawFrom(0);
  }

  /** Marks the figure as live after a change made in place, so Reset brings back the build's. */
  protected markLive(): void {
    const figure = this.querySelector<HTMLElement>('[data-figure]');
    if (figure) figure.dataset.live = 'true';
  }

  /** Brings back the build-time panels and description once a live drawing has replaced them. */
  protected restoreStatic(figure: HTMLElement | null): void {
    if (!this.original || figure?.dataset.live !== 'true') return;
    for (const panel of this.original.panels) panel.restore();
    this.original.description.restore();
    delete figure.dataset.live;
  }

  /** The figure's description as the server rendered it. */
  protected staticDescription(): string {
    return this.original?.description.text ?? '';
  }
}
