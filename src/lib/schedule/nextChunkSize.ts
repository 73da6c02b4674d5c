/**
 * How many points the next part of a figure drawn part by part should take, from how long the
 * last part took: scaled so a part takes about `budgetMs`, at most doubling at a time (a quick
 * part may have been lucky), never below `min` nor above `max`. A slow phone gets small parts
 * and a fast machine large ones, so neither runs a long task nor waits many frames.
 */
export interface ChunkSizing {
  budgetMs: number;
  min: number;
  max: number;
}

/** The browser still styles and paints each part's frame after the script: the budget leaves it room. */
export const CHUNK_SIZING: ChunkSizing = { budgetMs: 12, min: 100, max: 4000 };

export function nextChunkSize(size: number, elapsedMs: number, o: ChunkSizing = CHUNK_SIZING): number {
  const scaled = elapsedMs > 0 && Number.isFinite(elapsedMs) ? size * Math.min(2, o.budgetMs / elapsedMs) : size * 2;
  return Math.max(o.min, Math.min(o.max, Math.floor(scaled)));
}
