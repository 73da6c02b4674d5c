import type { PointsState } from './PointsState';
import { remember } from './remember';

/** No points at all (undo brings them back); clearing nothing changes nothing. */
export function clearPoints(state: PointsState): PointsState {
  return state.X.length === 0 ? state : { X: [], y: [], past: remember(state) };
}
