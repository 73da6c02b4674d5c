import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../../src/lib/plot/linearScale';

describe('linearScale', () => {
  it('maps the domain onto the range, ends to ends', () => {
    const s = linearScale([1, 10], [52, 620]);
    expect(s(1)).toBe(52);
    expect(s(10)).toBe(620);
    expect(s(5.5)).toBeCloseTo(336, 10);
  });

  it('gives the very numbers of Plot’s linear scale, for a y range that runs upwards too', () => {
    const cases: [[number, number], [number, number]][] = [
      [[1, 9], [52, 620]],
      [[0, 1.4], [256, 28]],
      [[0.0949, 0.9339], [356, 28]],
      [[-2.5, 2.25], [52, 620]],
      [[3, -1], [10, 200]],
    ];
    for (const [domain, range] of cases) {
      const plot = Plot.scale({ x: { domain, range } });
      const ours = linearScale(domain, range);
      for (let i = 0; i <= 40; i++) {
        const v = domain[0] + ((domain[1] - domain[0]) * i) / 37 - 0.1;
        expect(ours(v)).toBe(plot.apply(v));
      }
    }
  });

  it('puts every value mid-range for an empty domain, and gives NaN for NaN', () => {
    const s = linearScale([2, 2], [0, 100]);
    expect(s(2)).toBe(50);
    expect(s(7)).toBe(50);
    expect(linearScale([0, 1], [0, 100])(NaN)).toBeNaN();
  });
});
