import { describe, expect, it } from 'vitest';
import { argMax } from '../../src/lib/math/argMax';

describe('argMax', () => {
  it('finds the largest value, wherever it is', () => {
    expect(argMax([0.1, 0.7, 0.2])).toBe(1);
    expect(argMax([3, -1, 2])).toBe(0);
    expect(argMax([-5, -4, -3])).toBe(2);
  });

  it('keeps the first index on a tie, as NumPy does', () => {
    expect(argMax([0.5, 0.5])).toBe(0);
  });

  it('gives 0 for an empty row', () => {
    expect(argMax([])).toBe(0);
  });
});
