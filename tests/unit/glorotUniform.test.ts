import { describe, expect, it } from 'vitest';
import { glorotUniform } from '../../src/lib/model/glorotUniform';
import { RandomState } from '../../src/lib/random/RandomState';

describe('glorotUniform', () => {
  it('draws fanIn x fanOut values row by row from the generator, within the Glorot limit', () => {
    const kernel = glorotUniform(2, 4, new RandomState(7));
    const limit = Math.sqrt(6 / 6);
    const expected = new RandomState(7).uniform(-limit, limit, 8);
    expect(kernel).toEqual([expected.slice(0, 4), expected.slice(4, 8)]);
    for (const v of kernel.flat()) expect(Math.abs(v)).toBeLessThan(limit);
  });

  it('gives the same kernel for the same seed and another for another seed', () => {
    expect(glorotUniform(3, 2, new RandomState(1))).toEqual(glorotUniform(3, 2, new RandomState(1)));
    expect(glorotUniform(3, 2, new RandomState(1))).not.toEqual(glorotUniform(3, 2, new RandomState(2)));
  });

  it('rejects sizes that are not positive integers', () => {
    expect(() => glorotUniform(0, 2, new RandomState(1))).toThrow(RangeError);
    expect(() => glorotUniform(2, 1.5, new RandomState(1))).toThrow(/fans/);
  });
});
