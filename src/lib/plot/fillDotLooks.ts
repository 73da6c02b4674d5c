/**
 * The second step of a figure drawn as its frame and then its looks (src/lib/figures/dotLooks):
 * `root` is a rendering (renderFigure) of `looks.frame`, whose dot marks hold one merged path
 * of one point per look; each path gets every point of its look, placed by the frame's scales
 * (positionScales, the numbers Plot would give) and drawn with the shape of the point already
 * there. The figure then has the markup of one drawing of all the points, without Plot making,
 * styling and merging an element for each of them.
 *
 * Returns false, changing nothing, when the frame's scales are not fixed by its options or the
 * drawing does not hold one single-point path per look (a look's first point did not map to a
 * position, say): the figure has to be drawn by Plot then.
 */
import type { DotLooks, LookPoints } from '../figures/dotLooks';
import type { PositionScale } from './linearScale';
import { positionScales } from './positionScales';

/** A merged dot's path: an absolute move to its centre, then its shape in relative commands (mergeDots). */
const CENTRE = /^M[^a-zA-Z]+/;

export function fillDotLooks(root: Element, looks: DotLooks): boolean {
  const scales = positionScales(looks.frame);
  if (!scales) return false;
  const marks = looks.marks.filter((m) => m.length > 0);
  const groups = Array.from(root.querySelectorAll('g[data-mark="dot"]'));
  if (groups.length !== marks.length) return false;
  const paths = groups.map((g) => Array.from(g.querySelectorAll('path[data-points]')));
  const shapes: string[][] = [];
  for (let m = 0; m < marks.length; m++) {
    if (paths[m]!.length !== marks[m]!.length) return false;
    const shape: string[] = [];
    for (const path of paths[m]!) {
      const d = path.getAttribute('d') ?? '';
      const centre = CENTRE.exec(d);
      if (path.getAttribute('data-points') !== '1' || !centre || centre[0].length === d.length) return false;
      shape.push(d.slice(centre[0].length));
    }
    shapes.push(shape);
  }
  // Every path's data first, then the attributes: the figure changes in one go.
  const filled = marks.map((looksOfMark, m) => looksOfMark.map((look, k) => lookPath(look, scales.x, scales.y, shapes[m]![k]!)));
  filled.forEach((looksOfMark, m) =>
    looksOfMark.forEach(({ d, count }, k) => {
      const path = paths[m]![k]!;
      path.setAttribute('d', d);
      path.setAttribute('data-points', String(count));
    }),
  );
  return true;
}

/** One look's merged path: `shape` at each point that maps to a position (Plot leaves out the others). */
function lookPath(look: LookPoints, x: PositionScale, y: PositionScale, shape: string): { d: string; count: number } {
  const parts: string[] = [];
  for (let i = 0; i < look.x.length; i++) {
    const cx = x(look.x[i]!);
    const cy = y(look.y[i]!);
    if (Number.isNaN(cx) || Number.isNaN(cy)) continue;
    parts.push(`M${cx},${cy}${shape}`);
  }
  return { d: parts.join(''), count: parts.length };
}
