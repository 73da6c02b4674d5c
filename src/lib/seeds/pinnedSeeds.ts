import type { ExperimentId } from '../experiments/ExperimentConfig';
import type { SeedResult } from './seedResult';
import blobs2 from './blobs2.json';

/**
 * Test figures of one run per seed, written by `npm run seeds` and checked by a unit test that
 * retrains some of them: training every seed at each build would add about a minute to it.
 */
const PINNED: Record<string, { experiment: string; results: SeedResult[] }> = { blobs2 };

/** The pinned runs of `id`, seeds 0, 1, 2, ... in order. */
export function pinnedSeeds(id: ExperimentId): SeedResult[] {
  const file = PINNED[id];
  if (!file) throw new RangeError(`No seed runs are pinned for ${id}; write them with npm run seeds -- ${id}.`);
  return file.results;
}
