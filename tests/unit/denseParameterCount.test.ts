import { describe, expect, it } from 'vitest';
import { denseParameterCount } from '../../src/lib/math/denseParameterCount';

describe('denseParameterCount', () => {
  it('counts a weight per input and unit plus a bias per unit', () => {
    expect(denseParameterCount(2, 4)).toBe(12);
    expect(denseParameterCount(1, 1)).toBe(2);
    expect(denseParameterCount(3, 5)).toBe(20);
  });

  it('refuses sizes that are not whole numbers of at least 1, naming the size', () => {
    expect(() => denseParameterCount(0, 4)).toThrow(/whole number of inputs of at least 1; got 0/);
    expect(() => denseParameterCount(2, 1.5)).toThrow(/units .*got 1\.5/);
  });
});
