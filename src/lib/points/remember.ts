import { UNDO_LIMIT, type PointsState } from './PointsState';
import type { Points } from './pointsProblem';

/** The past of the state that follows an edit of `state`: its points appended, the oldest dropped past UNDO_LIMIT. */
export function remember(state: PointsState): Points[] {
  const past = [...state.past, { X: state.X, y: state.y }];
  return past.length > UNDO_LIMIT ? past.slice(past.length - UNDO_LIMIT) : past;
}
