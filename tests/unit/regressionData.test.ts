import { describe, expect, it } from 'vitest';
import { linspace } from '../../src/lib/data/linspace';
import { REGRESSION_SEED, regressionData } from '../../src/lib/data/regressionData';
import { RandomState } from '../../src/lib/random/RandomState';

const clean = (x: number) => 1 / (1 + Math.exp(x));

describe('regressionData', () => {
  it('puts 1000 points on linspace(-20, 20) around the falling sigmoid', () => {
    const { x, y } = regressionData();
    expect(x).toEqual(linspace(-20, 20, 1000));
    expect(y).toHaveLength(1000);
    const noise = y.map((v, i) => v - clean(x[i]));
    const mean = noise.reduce((s, v) => s + v, 0) / noise.length;
    const std = Math.sqrt(noise.reduce((s, v) => s + (v - mean) ** 2, 0) / noise.length);
    // Sample of 1000 with sigma 0.1: the mean is within 0.01 (3 sigma), the std within 10%.
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(std).toBeGreaterThan(0.09);
    expect(std).toBeLessThan(0.11);
  });

  it('draws the noise in order from RandomState(REGRESSION_SEED)', () => {
    expect(REGRESSION_SEED).toBe(42);
    const { x, y } = regressionData();
    const r = new RandomState(42);
    for (let i = 0; i < 5; i++) expect(y[i]).toBe(clean(x[i]) + 0.1 * r.standardNormal());
    expect(regressionData().y).toEqual(y);
    expect(regressionData({ seed: 7 }).y).not.toEqual(y);
  });

  it('takes a size and a noise level; zero noise gives the clean curve', () => {
    const { x, y } = regressionData({ n: 11, noise: 0 });
    expect(x).toHaveLength(11);
    y.forEach((v, i) => expect(v).toBe(clean(x[i])));
    expect(() => regressionData({ n: 1 })).toThrow(RangeError);
    expect(() => regressionData({ noise: -0.1 })).toThrow(RangeError);
  });
});
