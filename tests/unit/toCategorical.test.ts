import { describe, expect, it } from 'vitest';
import { toCategorical } from '../../src/lib/data/toCategorical';

describe('toCategorical', () => {
  it('one-hot encodes labels, inferring the class count from the largest label', () => {
    expect(toCategorical([1, 3, 0])).toEqual([
      [0, 1, 0, 0],
      [0, 0, 0, 1],
      [1, 0, 0, 0],
    ]);
  });

  it('uses numClasses when given', () => {
    expect(toCategorical([0, 1], 3)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(toCategorical([])).toEqual([]);
  });

  it('rejects labels that are negative, fractional or not below numClasses', () => {
    expect(() => toCategorical([-1])).toThrow(RangeError);
    expect(() => toCategorical([0.5])).toThrow(RangeError);
    expect(() => toCategorical([2], 2)).toThrow(/not below numClasses 2/);
  });
});
