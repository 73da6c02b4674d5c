import type { PositionScale } from './linearScale';

/** A point of a line or a dot, in data units. */
export interface DataPoint {
  x: number;
  y: number;
}

/** The px d3 keeps in a path's coordinates: Plot's lines are drawn with three decimals. */
const ROUND = 1000;
const round = (v: number) => Math.round(v * ROUND) / ROUND;

/**
 * The `d` Plot gives a line mark's path (straight segments, d3's default curve) through `points`
 * on scales `x` and `y`: `M` to the first point and `L` to each next one; a point that does not
 * map to a number breaks the line, and a piece of one point is closed (`Z`) as d3 does, so it
 * still shows its round cap.
 */
export function linePath(points: readonly DataPoint[], x: PositionScale, y: PositionScale): string {
  let d = '';
  let inPiece = 0;
  const end = () => {
    if (inPiece === 1) d += 'Z';
    inPiece = 0;
  };
  for (const p of points) {
    const px = x(p.x);
    const py = y(p.y);
    if (Number.isNaN(px) || Number.isNaN(py)) {
      end();
      continue;
    }
    d += `${inPiece === 0 ? 'M' : 'L'}${round(px)},${round(py)}`;
    inPiece += 1;
  }
  end();
  return d;
}
