import { beforeAll, describe, expect, it } from 'vitest';
import { makeMoons } from '../../src/lib/data/makeMoons';
import { availableBuilds, sklearnReference, type Reference } from './support/sklearnReference';
import { differences, twoClassCases } from './support/twoClassCases';

const cases = twoClassCases('moons');
const refs = new Map<boolean, Reference>();
beforeAll(() => {
  for (const fma of availableBuilds()) refs.set(fma, sklearnReference({ datasets: cases }, fma));
});

const label = (c: (typeof cases)[number]) => `n=${String(c.n)} seed=${c.seed} noise=${c.noise} shuffle=${c.shuffle}`;

describe('makeMoons', () => {
  it.each(availableBuilds().map((fma) => [fma ? 'with' : 'without', fma] as const))(
    'equals scikit-learn 1.2 make_moons bit for bit on every case, %s FMA in sin and cos',
    (_, fma) => {
      const ref = refs.get(fma)!;
      const bad = cases.map((c, k) => {
        const data = makeMoons({ nSamples: c.n, noise: c.noise, randomState: c.seed, shuffle: c.shuffle, fma });
        return [label(c), differences(data, ref.datasets[k].X, ref.datasets[k].y)];
      });
      expect(bad.filter(([, d]) => d.length > 0)).toEqual([]);
    },
  );

  it('has scikit-learn’s defaults: 100 points, shuffled, no noise, FMA sin and cos', () => {
    const d = makeMoons({ randomState: 0 });
    expect(d.X).toHaveLength(100);
    expect(d).toEqual(makeMoons({ nSamples: 100, shuffle: true, noise: null, randomState: 0, fma: true }));
    expect(d.y.filter((v) => v === 1)).toHaveLength(50);
  });

  it('puts the n // 2 upper points on the unit half circle and the rest on the lower moon', () => {
    const d = makeMoons({ nSamples: 11, shuffle: false, randomState: 0 });
    expect(d.y).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    d.X.forEach(([x, y], i) => {
      const [cx, cy] = d.y[i] === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(1, 12);
      expect(d.y[i] === 0 ? y >= 0 : y <= 0.5 + 1e-15).toBe(true);
    });
  });

  it('rejects bad sizes, noise and seeds with clear RangeErrors', () => {
    expect(() => makeMoons({ nSamples: 0, randomState: 0 })).toThrow(/makeMoons nSamples must be an integer >= 1/);
    expect(() => makeMoons({ nSamples: 2.5, randomState: 0 })).toThrow(RangeError);
    expect(() => makeMoons({ nSamples: [-1, 3], randomState: 0 })).toThrow(/nSamples/);
    expect(() => makeMoons({ noise: -0.1, randomState: 0 })).toThrow(/makeMoons noise must be a finite number >= 0/);
    expect(() => makeMoons({ noise: Number.NaN, randomState: 0 })).toThrow(/noise/);
    expect(() => makeMoons({ randomState: -1 })).toThrow(/seed/);
  });
});
