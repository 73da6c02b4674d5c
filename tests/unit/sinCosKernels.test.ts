import { describe, expect, it } from 'vitest';
import { cosKernel, fromHighWord, fusedMulAdd, quadrantSin, reduceQuadrant, separateMulAdd, sinKernel } from '../../src/lib/math/libm/sinCosKernels';
import { RandomState } from '../../src/lib/random/RandomState';

describe('sinCosKernels', () => {
  it('fromHighWord builds the thresholds the library compares against', () => {
    expect(fromHighWord(0x3ff00000)).toBe(1);
    expect(fromHighWord(0x3e500000)).toBe(2 ** -26);
    expect(fromHighWord(0x419921fb)).toBe(105414336);
    expect(fromHighWord(0x3feb6000)).toBeCloseTo(0.855469, 5);
  });

  it('sinKernel and cosKernel are within 1e-15 of Math.sin and Math.cos on the table range', () => {
    const r = new RandomState(5);
    for (const x of r.uniform(-0.855, 0.855, 2000)) {
      for (const f of [fusedMulAdd, separateMulAdd]) {
        expect(Math.abs(sinKernel(x, 0, f) - Math.sin(x))).toBeLessThan(1e-15);
        expect(Math.abs(cosKernel(x, 0, f) - Math.cos(x))).toBeLessThan(1e-15);
      }
    }
  });

  it('reduceQuadrant leaves a rest within π/4 whose quadrant turn gives sin back', () => {
    const r = new RandomState(6);
    for (const x of r.uniform(-1e6, 1e6, 2000)) {
      const { n, a, da } = reduceQuadrant(x, fusedMulAdd);
      expect(Math.abs(a)).toBeLessThanOrEqual(Math.PI / 4 + 1e-9);
      expect(Math.abs(da)).toBeLessThan(1e-15);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(4);
      expect(Math.abs(quadrantSin(a, da, n, fusedMulAdd) - Math.sin(x))).toBeLessThan(1e-9);
    }
  });

  it('the fused and separate builds differ in the last bit on some arguments, and only there', () => {
    const r = new RandomState(8);
    let differ = 0;
    for (const x of r.uniform(0.126, 0.855, 20000)) {
      const a = sinKernel(x, 0, fusedMulAdd);
      const b = sinKernel(x, 0, separateMulAdd);
      if (a !== b) differ++;
      expect(Math.abs(a - b)).toBeLessThanOrEqual(Number.EPSILON * Math.abs(a));
    }
    expect(differ).toBeGreaterThan(0);
  });
});
