import { describe, expect, it } from 'vitest';
import { heapGrowthPerCycle } from '../../scripts/bench/heapGrowthPerCycle';

describe('heapGrowthPerCycle', () => {
  it('gives a steady leak in both figures', () => {
    expect(heapGrowthPerCycle([100, 110, 120, 130, 140])).toEqual({ medianStep: 10, slope: 10 });
  });

  it('leaves a single jump out of the median step, not out of the slope', () => {
    const g = heapGrowthPerCycle([100, 101, 100, 164, 165, 164, 165]);
    expect(g.medianStep).toBe(1);
    expect(g.slope).toBeGreaterThan(10);
  });

  it('reads a flat heap with noise as no growth', () => {
    const g = heapGrowthPerCycle([50, 52, 49, 51, 51, 50, 52, 50]);
    expect(g.medianStep).toBe(0);
    expect(Math.abs(g.slope)).toBeLessThan(0.3);
  });

  it('refuses fewer than two cycles', () => {
    expect(() => heapGrowthPerCycle([1])).toThrow(RangeError);
  });
});
