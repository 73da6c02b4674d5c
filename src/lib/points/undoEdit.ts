import type { PointsState } from './PointsState';

/** The points as they were before the last edit; with nothing to undo, `state` itself. */
export function undoEdit(state: PointsState): PointsState {
  const previous = state.past[state.past.length - 1];
  if (!previous) return state;
  return { X: previous.X, y: previous.y, past: state.past.slice(0, -1) };
}
