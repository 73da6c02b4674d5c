/**
 * Draws one panel of a live figure: at once from Plot options, or part by part when the figure
 * hands it PanelParts (a scatter of thousands of points). The options of the first part (which
 * make what all parts share) come in one job, and the next draws them: the first part replaces
 * the panel with the figure's frame and its first points; each further part, in a frame of its own, is
 * drawn with the same scales and added to it (src/lib/plot/appendDots; last jobs join the
 * paths of each look into one, a look a job), sized from how long
 * the last part took (src/lib/schedule/nextChunkSize), so no part is a long task even on a
 * slow phone. The joined panel has the markup of a single drawing of all the points. A newer
 * draw of the figure stops the parts of an older one; a part that cannot be joined (its first
 * part drew none of a mark's points) is drawn again whole.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { PointRange } from '../../lib/figures/pointRange';
import { dotsOnly } from '../../lib/figures/dotsOnly';
import { appendDots, dotJoins } from '../../lib/plot/appendDots';
import type { RenderFigureOptions, renderFigure as RenderFigure } from '../../lib/plot/renderFigure';
import { CHUNK_SIZING, nextChunkSize } from '../../lib/schedule/nextChunkSize';

export interface PanelParts {
  /** How many points the panel draws. */
  count: number;
  /** The panel's options drawing only the points of `range`, with the scales of all of them. */
  part(range: PointRange): PlotOptions;
}

/**
 * Points of the first part, which also draws the frame (axes, legend): the frame is most of its
 * time, about 100 ms of script at 4x CPU for the blobs' scatter, and 200 points instead of 50
 * added 10-20 ms to it.
 */
export const FIRST_PART = 50;

export interface PanelDrawing {
  renderFigure: typeof RenderFigure;
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
