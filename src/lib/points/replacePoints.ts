import type { PointsState } from './PointsState';
import type { Points } from './pointsProblem';
import { remember } from './remember';

/** All points replaced by `points` (a file, or a copy of the generated data); undo brings the old ones back. */
export function replacePoints(state: PointsState | undefined, points: Points): PointsState {
  const past = state ? remember(state) : [];
  return { X: points.X.map((p) => [p[0], p[1]]), y: [...points.y], past };
}
