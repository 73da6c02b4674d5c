import { beforeAll, describe, expect, it } from 'vitest';
import { makeCircles } from '../../src/lib/data/makeCircles';
import { availableBuilds, sklearnReference, type Reference } from './support/sklearnReference';
import { differences, twoClassCases } from './support/twoClassCases';

const cases = twoClassCases('circles');
const refs = new Map<boolean, Reference>();
beforeAll(() => {
  for (const fma of availableBuilds()) refs.set(fma, sklearnReference({ datasets: cases }, fma));
});

const label = (c: (typeof cases)[number]) => `n=${String(c.n)} seed=${c.seed} noise=${c.noise} shuffle=${c.shuffle} factor=${c.factor}`;

describe('makeCircles', () => {
  it.each(availableBuilds().map((fma) => [fma ? 'with' : 'without', fma] as const))(
    'equals scikit-learn 1.2 make_circles bit for bit on every case, %s FMA in sin and cos',
    (_, fma) => {
      const ref = refs.get(fma)!;
      const bad = cases.map((c, k) => {
        const data = makeCircles({ nSamples: c.n, noise: c.noise, randomState: c.seed, shuffle: c.shuffle, factor: c.factor, fma });
        return [label(c), differences(data, ref.datasets[k].X, ref.datasets[k].y)];
      });
      expect(bad.filter(([, d]) => d.length > 0)).toEqual([]);
    },
  );

  it('has scikit-learn’s defaults: 100 points, shuffled, no noise, factor 0.8, FMA sin and cos', () => {
    const d = makeCircles({ randomState: 0 });
    expect(d.X).toHaveLength(100);
    expect(d).toEqual(makeCircles({ nSamples: 100, shuffle: true, noise: null, factor: 0.8, randomState: 0, fma: true }));
    expect(d.y.filter((v) => v === 1)).toHaveLength(50);
  });

  it('puts the n // 2 outer points on the unit circle and the rest on the circle of radius factor', () => {
    const d = makeCircles({ nSamples: 11, shuffle: false, factor: 0.25, randomState: 0 });
    expect(d.y).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    d.X.forEach(([x, y], i) => expect(Math.hypot(x, y)).toBeCloseTo(d.y[i] === 0 ? 1 : 0.25, 12));
    // Without the end point the first angle, 0, is not repeated at 2π.
    expect(d.X[0]).toEqual([1, 0]);
    expect(d.X[4][1]).toBeLessThan(0);
  });

  it('rejects bad sizes, noise and seeds with clear RangeErrors', () => {
    expect(() => makeCircles({ nSamples: 0, randomState: 0 })).toThrow(/makeCircles nSamples must be an integer >= 1/);
    expect(() => makeCircles({ nSamples: 2.5, randomState: 0 })).toThrow(RangeError);
    expect(() => makeCircles({ nSamples: [-1, 3], randomState: 0 })).toThrow(/nSamples/);
    expect(() => makeCircles({ noise: -0.1, randomState: 0 })).toThrow(/makeCircles noise must be a finite number >= 0/);
    expect(() => makeCircles({ noise: Number.NaN, randomState: 0 })).toThrow(/noise/);
    expect(() => makeCircles({ randomState: -1 })).toThrow(/seed/);
    expect(() => makeCircles({ factor: 1, randomState: 0 })).toThrow(/makeCircles factor must be between 0/);
    expect(() => makeCircles({ factor: -0.1, randomState: 0 })).toThrow(/factor/);
    expect(() => makeCircles({ factor: Number.NaN, randomState: 0 })).toThrow(/factor/);
  });
});
