import type { PointsState, Position } from './PointsState';
import { remember } from './remember';

export interface Removal {
  state: PointsState;
  /** The point taken away, or undefined when there was none (the state is then unchanged). */
  removed?: { at: Position; label: number };
}

/** Takes away the point closest to `at` (straight-line distance; the first one on a tie). */
export function removeNearest(state: PointsState, at: Position): Removal {
  let best = -1;
  let bestDistance = Infinity;
  state.X.forEach((p, i) => {
    const d = (p[0] - at[0]) ** 2 + (p[1] - at[1]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  if (best < 0) return { state };
  const keep = (_: unknown, i: number) => i !== best;
  return {
    state: { X: state.X.filter(keep), y: state.y.filter(keep), past: remember(state) },
    removed: { at: [state.X[best][0], state.X[best][1]], label: state.y[best] },
  };
}
