/**
 * The points a figure's dot marks drew. renderFigure merges look-alike dots into one `<path>`
 * (src/lib/plot/mergeDots.ts) that says how many points it draws in `data-points` and starts
 * each point with an absolute `M` at its centre; a dot left as its own element counts once.
 *
 *   const n = await figure.locator(DOT_SHAPES).evaluateAll(countPoints);
 *   const centres = dotCentres(await figure.locator(DOT_SHAPES).evaluateAll(readDots));
 */

/** The shapes of every dot mark under a figure. */
export const DOT_SHAPES = 'g[data-mark="dot"] :not(g)';

/** How many points `shapes` draw (runs in the page: self-contained). */
export function countPoints(shapes: Element[]): number {
  return shapes.reduce((n, e) => n + Number(e.getAttribute('data-points') ?? 1), 0);
}

export interface DrawnDot {
  tag: string;
  d?: string | null;
  cx?: string | null;
  cy?: string | null;
}

/** What dotCentres needs of each shape (runs in the page: self-contained). */
export function readDots(shapes: Element[]): DrawnDot[] {
  return shapes.map((e) => ({ tag: e.tagName, d: e.getAttribute('d'), cx: e.getAttribute('cx'), cy: e.getAttribute('cy') }));
}

const MOVE_TO = /M\s*([-+]?[\d.]+(?:[eE][-+]?\d+)?)[,\s]+([-+]?[\d.]+(?:[eE][-+]?\d+)?)/g;

/** The centre of every point the shapes draw. */
export function dotCentres(dots: readonly DrawnDot[]): [number, number][] {
  return dots.flatMap((dot): [number, number][] =>
    dot.tag.toLowerCase() === 'circle'
      ? [[Number(dot.cx), Number(dot.cy)]]
      : Array.from(dot.d?.matchAll(MOVE_TO) ?? [], (m): [number, number] => [Number(m[1]), Number(m[2])]),
  );
}
