import { describe, expect, it } from 'vitest';
import { seedSpread } from '../../src/lib/seeds/seedSpread';

const runs = [
  { seed: 0, loss: 0.3, accuracy: 0.9 },
  { seed: 1, loss: 0.1, accuracy: 0.95 },
  { seed: 2, loss: 0.2, accuracy: 0.92 },
  { seed: 3, loss: 0.4, accuracy: 0.88 },
];

describe('seedSpread', () => {
  it('gives min, median and max of loss and accuracy', () => {
    const s = seedSpread(runs, 0.2);
    expect(s.runs).toBe(4);
    expect(s.loss).toEqual({ min: 0.1, median: 0.25, max: 0.4 });
    expect(s.accuracy.min).toBe(0.88);
    expect(s.accuracy.median).toBeCloseTo(0.91, 12);
    expect(s.accuracy.max).toBe(0.95);
  });
  it('names the best and worst seeds and ranks any seed by its loss', () => {
    const s = seedSpread(runs, 0.2);
    expect([s.bestSeed, s.worstSeed]).toEqual([1, 3]);
    expect([0, 1, 2, 3].map(s.rankOf)).toEqual([3, 1, 2, 4]);
    expect(() => s.rankOf(9)).toThrow(/not among/);
  });
  it('counts the runs at or below the target loss', () => {
    expect(seedSpread(runs, 0.2).atOrBelow).toBe(2);
    expect(seedSpread(runs, 0.05).atOrBelow).toBe(0);
  });
  it('refuses an empty list', () => {
    expect(() => seedSpread([], 0.1)).toThrow(RangeError);
  });
});
