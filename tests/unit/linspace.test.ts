import { describe, expect, it } from 'vitest';
import { linspace } from '../../src/lib/data/linspace';

describe('linspace', () => {
  it('matches numpy.linspace(-20, 20, 1000) bit for bit at the start and ends exactly at stop', () => {
    const x = linspace(-20, 20, 1000);
    expect(x).toHaveLength(1000);
    expect(x[0]).toBe(-20);
    expect(x[1]).toBe(-19.95995995995996);
    expect(x[2]).toBe(-19.91991991991992);
    expect(x[999]).toBe(20);
  });

  it('computes i * step + start, not start + i * (stop - start) / (num - 1)', () => {
    const x = linspace(-20, 20, 1000);
    const step = 40 / 999;
    for (let i = 0; i < 999; i++) expect(x[i]).toBe(i * step + -20);
  });

  it('handles the small cases and the default of 50 points', () => {
    expect(linspace(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linspace(3, 7, 1)).toEqual([3]);
    expect(linspace(3, 7, 0)).toEqual([]);
    expect(linspace(0, 1)).toHaveLength(50);
    expect(linspace(1, 0, 3)).toEqual([1, 0.5, 0]);
    expect(() => linspace(0, 1, -1)).toThrow(RangeError);
    expect(() => linspace(0, 1, 2.5)).toThrow(RangeError);
  });

  it('leaves out stop with endpoint false, stepping by (stop - start) / num', () => {
    expect(linspace(0, 1, 4, false)).toEqual([0, 0.25, 0.5, 0.75]);
    expect(linspace(3, 7, 1, false)).toEqual([3]);
    expect(linspace(3, 7, 0, false)).toEqual([]);
    const x = linspace(0, 2 * Math.PI, 7, false);
    const step = (2 * Math.PI) / 7;
    x.forEach((v, i) => expect(Object.is(v, i * step)).toBe(true));
    expect(x[6]).toBeLessThan(2 * Math.PI);
  });
});
