import type { PositionScale } from './linearScale';
import type { DataPoint } from './linePath';

/**
 * The `d` of the one path that mergeDots makes of a dot mark's circles of radius `r` through
 * `points` on scales `x` and `y`: each circle a subpath of two arcs from its centre. Points that
 * do not map to numbers are left out, as Plot leaves them out. `count` is how many were drawn
 * (the path's data-points).
 */
export function dotsPath(points: readonly DataPoint[], x: PositionScale, y: PositionScale, r: number): { d: string; count: number } {
  const circle = `m${-r},0a${r},${r},0,1,0,${2 * r},0a${r},${r},0,1,0,${-2 * r},0`;
  let d = '';
  let count = 0;
  for (const p of points) {
    const cx = x(p.x);
    const cy = y(p.y);
    if (Number.isNaN(cx) || Number.isNaN(cy)) continue;
    d += `M${cx},${cy}${circle}`;
    count += 1;
  }
  return { d, count };
}
