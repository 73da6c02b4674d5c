import type { PointsState, Position } from './PointsState';
import { remember } from './remember';

/** `state` with one more point at `at`, of class `label`; undo takes it away again. */
export function addPoint(state: PointsState, at: Position, label: number): PointsState {
  return { X: [...state.X, [at[0], at[1]]], y: [...state.y, label], past: remember(state) };
}
