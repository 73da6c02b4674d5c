import { describe, expect, it } from 'vitest';
import { kernelToW } from '../../src/lib/math/kernelToW';

describe('kernelToW', () => {
  it("turns Keras' inputs x units kernel into the lesson's classes x inputs W", () => {
    const kernel = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(kernelToW(kernel)).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it('gives one empty row per unit for a kernel with no inputs', () => {
    expect(kernelToW([], 2)).toEqual([[], []]);
  });
});
