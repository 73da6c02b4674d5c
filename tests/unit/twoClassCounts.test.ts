import { describe, expect, it } from 'vitest';
import { twoClassCounts } from '../../src/lib/data/twoClassCounts';

describe('twoClassCounts', () => {
  it('splits n as n // 2 outer and the rest inner, as scikit-learn does', () => {
    expect(twoClassCounts(100, 'f')).toEqual([50, 50]);
    expect(twoClassCounts(101, 'f')).toEqual([50, 51]);
    expect(twoClassCounts(1, 'f')).toEqual([0, 1]);
  });

  it('takes [outer, inner] as given', () => {
    expect(twoClassCounts([3, 8], 'f')).toEqual([3, 8]);
    expect(twoClassCounts([0, 5], 'f')).toEqual([0, 5]);
  });

  it('refuses sizes that are not whole, positive counts, naming the caller', () => {
    for (const bad of [0, -1, 2.5, Number.NaN, Infinity] as const) {
      expect(() => twoClassCounts(bad, 'makeX')).toThrow(/makeX nSamples must be an integer >= 1/);
    }
    for (const bad of [[0, 0], [-1, 4], [1.5, 2]] as [number, number][]) {
      expect(() => twoClassCounts(bad, 'makeX')).toThrow(RangeError);
    }
  });
});
