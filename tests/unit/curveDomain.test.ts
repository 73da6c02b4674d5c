import { describe, expect, it } from 'vitest';
import { curveDomain } from '../../src/lib/figures/curveDomain';

describe('curveDomain', () => {
  it('runs from 0 to the next round number at or above the greatest value', () => {
    expect(curveDomain([0.634, 0.41, 0.2])).toEqual([0, 0.8]);
    expect(curveDomain([1.386, 0.9])).toEqual([0, 1.5]);
    expect(curveDomain([0.3])).toEqual([0, 0.3]);
    expect(curveDomain([0.0123])).toEqual([0, 0.015]);
    expect(curveDomain([2.6])).toEqual([0, 3]);
    expect(curveDomain([87])).toEqual([0, 100]);
    expect(curveDomain([1200.5])).toEqual([0, 1500]);
  });

  it('keeps its axis while later values stay under the top, and moves when one passes it', () => {
    const first = curveDomain([0.55]);
    expect(first).toEqual([0, 0.6]);
    expect(curveDomain([0.55, 0.58, 0.6, 0.31])).toEqual(first);
    expect(curveDomain([0.55, 0.61])).toEqual([0, 0.8]);
  });

  it('gives back its own top for a value at the top (the same number from every value)', () => {
    for (const v of [0.001, 0.0137, 0.29, 0.7, 1, 3.3, 47, 999, 2.5e-7, 6.1e12]) {
      const [, top] = curveDomain([v]);
      expect(top).toBeGreaterThanOrEqual(v);
      expect(curveDomain([top])).toEqual([0, top]);
      expect(curveDomain([v, top])).toEqual([0, top]);
    }
  });

  it('ignores values that are not finite, reaches below 0 for negative ones, and is [0, 1] for none', () => {
    expect(curveDomain([])).toEqual([0, 1]);
    expect(curveDomain([NaN, Infinity])).toEqual([0, 1]);
    expect(curveDomain([0, 0])).toEqual([0, 1]);
    expect(curveDomain([0.4, NaN])).toEqual([0, 0.4]);
    expect(curveDomain([-0.35, 0.7])).toEqual([-0.4, 0.8]);
    expect(curveDomain([-2])).toEqual([-2, 0]);
  });

  it('keeps a held axis while it holds the values and they span a twentieth of it', () => {
    // The sine's loss climbs from 0.26 to 2.9 and falls: the axis of its finished run holds it all.
    expect(curveDomain([0.256, 0.285], [0, 4])).toEqual([0, 4]);
    expect(curveDomain([2.89, 3.11], [0, 4])).toEqual([0, 4]);
    // A value past the held top, or values under a twentieth of it, get their own axis.
    expect(curveDomain([4.2], [0, 4])).toEqual([0, 5]);
    expect(curveDomain([0.15], [0, 4])).toEqual([0, 0.15]);
    expect(curveDomain([0.2], [0, 4])).toEqual([0, 4]);
    expect(curveDomain([-0.3, 0.5], [0, 4])).toEqual([-0.3, 0.5]);
    expect(curveDomain([-0.3, 0.5], [-1, 4])).toEqual([-1, 4]);
    expect(curveDomain([], [0, 4])).toEqual([0, 4]);
  });
});
