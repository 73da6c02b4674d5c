import { squareDomain } from '../figures/squareDomain';

/**
 * The square domain, the same on both axes, of the figure a reader edits points in: the
 * decision grid's [-extent, extent], widened to take in every point (an imported file may hold
 * points outside it). It grows only when points arrive from outside it, never by clicking,
 * since a click always lands inside.
 */
export function editorDomain(X: readonly (readonly number[])[], extent: number): [number, number] {
  const [lo, hi] = X.length === 0 ? [0, 0] : squareDomain(X, 0);
  if (lo >= -extent && hi <= extent) return [-extent, extent];
  // Padded like any scatter, so the outermost points are not drawn on the frame.
  const [padLo, padHi] = squareDomain([[Math.min(lo, -extent), Math.max(hi, extent)]]);
  return [Math.min(-extent, padLo), Math.max(extent, padHi)];
}
