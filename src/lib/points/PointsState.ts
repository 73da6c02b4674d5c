import type { Points } from './pointsProblem';

/**
 * A reader's points while they edit them: the points now and, most recent last, the points
 * before each edit, so every edit can be undone. States are never changed in place: each edit
 * returns a new one that shares the old arrays, so keeping the past costs only references.
 */
export interface PointsState extends Points {
  past: Points[];
}

/** Edits kept for undo; older ones are forgotten. */
export const UNDO_LIMIT = 100;

/** A 2-D position in the data's units, [x0, x1]. */
export type Position = readonly [number, number];
