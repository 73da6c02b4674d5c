import type { PointsState } from './PointsState';

/** A reader's data before their first point. */
export function emptyPoints(): PointsState {
  return { X: [], y: [], past: [] };
}
