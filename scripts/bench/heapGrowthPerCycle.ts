import { median } from '../../src/lib/math/median';

export interface HeapGrowth {
  /** The median of the cycle-to-cycle changes: what a typical cycle adds, one-off jumps aside. */
  medianStep: number;
  /** The least-squares slope of the values against the cycle: one-off jumps included. */
  slope: number;
}

/**
 * The growth a cycle of a heap measured after each of consecutive cycles. A leak shows in
 * both figures; a cache that grows once (or garbage collected late) moves the slope only.
 */
export function heapGrowthPerCycle(values: readonly number[]): HeapGrowth {
  if (values.length < 2) throw new RangeError('heapGrowthPerCycle needs the values of two cycles or more');
  const steps = values.slice(1).map((v, i) => v - values[i]);
  const meanX = (values.length - 1) / 2;
  const meanY = values.reduce((s, v) => s + v, 0) / values.length;
  let num = 0;
  let den = 0;
  values.forEach((v, x) => {
    num += (x - meanX) * (v - meanY);
    den += (x - meanX) ** 2;
  });
  return { medianStep: median(steps), slope: num / den };
}
