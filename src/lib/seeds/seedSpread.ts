import { median } from '../math/median';
import type { SeedResult } from './seedResult';

export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** What the runs of many seeds say about one experiment's test figures. */
export interface SeedSpread {
  runs: number;
  loss: Spread;
  accuracy: Spread;
  /** The seeds of the lowest and the highest test loss. */
  bestSeed: number;
  worstSeed: number;
  /** How many runs reach `target` loss or lower (the lesson's, say). */
  atOrBelow: number;
  /** 1 for the lowest loss: where `seed` ranks among the runs. */
  rankOf: (seed: number) => number;
}

function spread(values: number[]): Spread {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

/** Min, median and max of the runs' test loss and accuracy, and how `target` loss compares. */
export function seedSpread(results: readonly SeedResult[], target: number): SeedSpread {
  if (results.length === 0) throw new RangeError('seedSpread needs at least one run');
  const byLoss = [...results].sort((a, b) => a.loss - b.loss);
  return {
    runs: results.length,
    loss: spread(results.map((r) => r.loss)),
    accuracy: spread(results.map((r) => r.accuracy)),
    bestSeed: byLoss[0].seed,
    worstSeed: byLoss[byLoss.length - 1].seed,
    atOrBelow: results.filter((r) => r.loss <= target).length,
    rankOf: (seed) => {
      const i = byLoss.findIndex((r) => r.seed === seed);
      if (i < 0) throw new RangeError(`seed ${seed} is not among the runs`);
      return i + 1;
    },
  };
}
