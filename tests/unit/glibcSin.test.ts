import { beforeAll, describe, expect, it } from 'vitest';
import { glibcSin } from '../../src/lib/math/libm/glibcSin';
import { linspace } from '../../src/lib/data/linspace';
import { availableBuilds, sklearnReference, type Reference } from './support/sklearnReference';
import { trigCases } from './support/trigCases';

const cases = trigCases();
const refs = new Map<boolean, Reference>();
beforeAll(() => {
  for (const fma of availableBuilds()) refs.set(fma, sklearnReference(cases, fma));
});

/** The arguments where glibcSin disagrees with NumPy's np.sin, at most 3 of them. */
function mismatches(args: ArrayLike<number>, expected: Float64Array, fma: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length && out.length < 3; i++) {
    const got = glibcSin(args[i], fma);
    if (!Object.is(got, expected[i])) out.push(`sin(${args[i]}) = ${got}, NumPy ${expected[i]}`);
  }
  return out;
}

describe('glibcSin', () => {
  it.each(availableBuilds().map((fma) => [fma ? 'with' : 'without', fma] as const))(
    'equals NumPy bit for bit on every make_moons and make_circles grid, %s FMA',
    (_, fma) => {
      const ref = refs.get(fma)!;
      cases.trig!.forEach(([start, stop, num, endpoint], k) => {
        const t = linspace(start, stop, num, endpoint);
        expect(Array.from(ref.trig[k].t).every((v, i) => Object.is(v, t[i]))).toBe(true);
        expect(mismatches(t, ref.trig[k].sin, fma)).toEqual([]);
      });
    },
  );

  it.each(availableBuilds().map((fma) => [fma ? 'with' : 'without', fma] as const))(
    'equals NumPy bit for bit on random arguments up to 1e7 and around each range boundary, %s FMA',
    (_, fma) => {
      expect(cases.points!.length).toBeGreaterThan(30000);
      expect(mismatches(cases.points!, refs.get(fma)!.points.sin, fma)).toEqual([]);
    },
  );

  it('gives NaN for NaN and the infinities', () => {
    for (const x of [Number.NaN, Infinity, -Infinity]) expect(glibcSin(x)).toBeNaN();
  });
});
