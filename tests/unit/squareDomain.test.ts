import { describe, expect, it } from 'vitest';
import { squareDomain } from '../../src/lib/figures/squareDomain';

describe('squareDomain', () => {
  it('spans both coordinates, padded by a twentieth of the span on each side', () => {
    expect(squareDomain([[0, 4], [10, -6]])).toEqual([-6.8, 10.8]);
  });

  it('leaves out values that are not finite, and falls back to [-1, 1] when nothing is left', () => {
    expect(squareDomain([[NaN, 1], [3, Infinity]])).toEqual(squareDomain([[1, 3]]));
    expect(squareDomain([])).toEqual([-1, 1]);
    expect(squareDomain([[NaN, NaN]])).toEqual([-1, 1]);
  });

  it('gives a single point a span of one', () => {
    expect(squareDomain([[2, 2]])).toEqual([1.95, 2.05]);
  });
});
