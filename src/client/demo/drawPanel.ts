/**
 * Draws one panel of a live figure: at once from Plot options, or in steps when the figure hands
 * it PanelParts (a scatter of thousands of points), each step a job of its own (a frame).
 *
 * A figure that gives its looks (src/lib/figures/dotLooks) is drawn in two steps: Plot draws its
 * frame with one point of each look, off the page, and the next job gives each look's path all
 * of its points (src/lib/plot/fillDotLooks) and puts the figure in the panel, complete. Plot
 * makes a few elements instead of one for each point, and the page paints the new figure once.
 *
 * Otherwise, or when the looks do not fit the drawing, it is drawn part by part: the options of
 * the first part (which make what all parts share) come in one job, and the next draws them: the
 * first part replaces the panel with the figure's frame and its first points; each further part,
 * in a frame of its own, is drawn with the same scales and added to it (src/lib/plot/appendDots;
 * last jobs join the paths of each look into one, a look a job), sized from how long the last
 * part took (src/lib/schedule/nextChunkSize). Either way the panel ends with the markup of a
 * single drawing of all the points. A newer draw of the figure stops the steps of an older one;
 * a part that cannot be joined (its first part drew none of a mark's points) is drawn again whole.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { DotLooks } from '../../lib/figures/dotLooks';
import type { PointRange } from '../../lib/figures/pointRange';
import { dotsOnly } from '../../lib/figures/dotsOnly';
import { appendDots, dotJoins } from '../../lib/plot/appendDots';
import type { fillDotLooks as FillDotLooks } from '../../lib/plot/fillDotLooks';
import type { RenderFigureOptions, renderFigure as RenderFigure } from '../../lib/plot/renderFigure';
import { CHUNK_SIZING, nextChunkSize } from '../../lib/schedule/nextChunkSize';

export interface PanelParts {
  /** How many points the panel draws. */
  count: number;
  /** The panel's options drawing only the points of `range`, with the scales of all of them. */
  part(range: PointRange): PlotOptions;
  /** The panel as its frame and looks, when its figure has them: drawn in two steps. */
  looks?(): DotLooks;
}

/**
 * Points of the first part, which also draws the frame (axes, legend): the frame is most of its
 * time, about 100 ms of script at 4x CPU for the blobs' scatter, and 200 points instead of 50
 * added 10-20 ms to it.
 */
export const FIRST_PART = 50;

/** The renderer's functions (loaded with the first redraw) and where the panel draws. */
export interface PanelDrawing {
  renderFigure: typeof RenderFigure;
  fillDotLooks: typeof FillDotLooks;
  document: Document;
  describedBy: string;
}

export interface PanelSteps {
  /** False once a newer draw of the figure has begun (or it left the page). */
  current(): boolean;
  /** Runs a job in a later frame. */
  later(job: () => void): void;
  /** The panel is complete; its description. */
  drawn(description: string): void;
}

export function isPanelParts(item: PlotOptions | PanelParts): item is PanelParts {
  return typeof (item as PanelParts).part === 'function';
}

export function drawPanel(panel: HTMLElement, item: PlotOptions | PanelParts, r: PanelDrawing, steps: PanelSteps): void {
  const render = (o: PlotOptions) => r.renderFigure(o, { document: r.document, describedBy: r.describedBy } satisfies RenderFigureOptions);
  const show = (o: PlotOptions) => {
    panel.replaceChildren(render(o));
    if (o.width) panel.style.maxWidth = `${o.width}px`;
  };
  if (!isPanelParts(item) || item.count <= FIRST_PART) {
    const o = isPanelParts(item) ? item.part({ start: 0, end: item.count }) : item;
    show(o);
    steps.drawn(o.ariaDescription ?? '');
    return;
  }
  if (item.looks) drawByLooks(item.looks.bind(item), { panel, render, show, fill: r.fillDotLooks, parts: item }, steps);
  else drawInParts(item, { panel, render, show }, steps);
}

interface Drawer {
  panel: HTMLElement;
  render(o: PlotOptions): Element;
  show(o: PlotOptions): void;
}

/**
 * Three jobs: the looks (every point's look, and the options of the frame, which hold what all
 * the points share: 50-60 ms for 10,000 blobs at 4x CPU); the frame, drawn by Plot off the page;
 * its looks filled in and the whole put on show. The figure on show stays until then. Looks that
 * do not fit the frame's drawing (which the figures' own tests rule out) fall back to drawing
 * part by part.
 */
function drawByLooks(makeLooks: () => DotLooks, d: Drawer & { fill: typeof FillDotLooks; parts: PanelParts }, steps: PanelSteps): void {
  let looks: DotLooks | undefined;
  let drawing: Element | undefined;
  const finish = () => {
    if (!steps.current() || !looks || !drawing) return;
    if (!d.fill(drawing, looks)) {
      drawInParts(d.parts, d, steps);
      return;
    }
    d.panel.replaceChildren(drawing);
    if (looks.frame.width) d.panel.style.maxWidth = `${looks.frame.width}px`;
    steps.drawn(looks.frame.ariaDescription ?? '');
  };
  const frame = () => {
    if (!steps.current() || !looks) return;
    drawing = d.render(looks.frame);
    steps.later(finish);
  };
  steps.later(() => {
    if (!steps.current()) return;
    looks = makeLooks();
    steps.later(frame);
  });
}

function drawInParts(item: PanelParts, { panel, render, show }: Drawer, steps: PanelSteps): void {
  // The first part's options carry what every part shares (the rows, scales and description of
  // all the points): for 10,000 points that took 50 ms at 4x CPU, so it is made in a job of its
  // own and drawn in the next.
  const first = item.part({ start: 0, end: FIRST_PART });
  let size = FIRST_PART;
  let start = FIRST_PART;
  let figure: Element | null = null;
  let t = 0;
  const begin = () => {
    if (!steps.current()) return;
    t = performance.now();
    show(first);
    size = nextChunkSize(FIRST_PART, performance.now() - t, CHUNK_SIZING);
    figure = panel.firstElementChild;
    steps.later(step);
  };
  const step = () => {
    if (!steps.current()) return;
    const end = Math.min(item.count, start + size);
    t = performance.now();
    const part = render(dotsOnly(item.part({ start, end })));
    const drawing = figure;
    if (!drawing || !appendDots(drawing, part)) {
      show(item.part({ start: 0, end: item.count }));
      steps.drawn(first.ariaDescription ?? '');
      return;
    }
    size = nextChunkSize(end - start, performance.now() - t, CHUNK_SIZING);
    start = end;
    if (start < item.count) steps.later(step);
    else steps.later(() => join(dotJoins(drawing)));
  };
  // One look's path a job: a path of 2,000 points is parsed anew when its points are joined.
  const join = (jobs: (() => void)[]) => {
    if (!steps.current()) return;
    jobs.shift()?.();
    if (jobs.length > 0) steps.later(() => join(jobs));
    else steps.drawn(first.ariaDescription ?? '');
  };
  steps.later(begin);
}
