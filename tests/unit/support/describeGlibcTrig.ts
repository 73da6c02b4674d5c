import { beforeAll, describe, expect, it } from 'vitest';
import { linspace } from '../../../src/lib/data/linspace';
import { availableBuilds, sklearnReference, type Reference } from './sklearnReference';
import { trigCases } from './trigCases';

type Trig = (x: number, fma?: boolean) => number;

/**
 * The tests glibcSin and glibcCos share: `fn`, NumPy's np.sin or np.cos ported (`name` says
 * which), equals NumPy bit for bit on every make_moons and make_circles grid and on random
 * arguments, with and without FMA where the CPU allows, and gives NaN where NumPy does.
 */
export function describeGlibcTrig(name: 'sin' | 'cos', fn: Trig): void {
  const cases = trigCases();
  const refs = new Map<boolean, Reference>();
  // NumPy answers from a Python process of its own: on a busy machine that takes longer than a
  // hook's default 10 s, so the hook gets as long as a test.
  beforeAll(() => {
    for (const fma of availableBuilds()) refs.set(fma, sklearnReference(cases, fma));
  }, 60_000);

  /** The arguments where `fn` disagrees with NumPy, at most 3 of them. */
  function mismatches(args: ArrayLike<number>, expected: Float64Array, fma: boolean): string[] {
    const out: string[] = [];
    for (let i = 0; i < args.length && out.length < 3; i++) {
      const got = fn(args[i], fma);
      if (!Object.is(got, expected[i])) out.push(`${name}(${args[i]}) = ${got}, NumPy ${expected[i]}`);
    }
    return out;
  }

  const builds = availableBuilds().map((fma) => [fma ? 'with' : 'without', fma] as const);
  const title = `glibc${name === 'sin' ? 'Sin' : 'Cos'}`;
  describe(title, () => {
    it.each(builds)('equals NumPy bit for bit on every make_moons and make_circles grid, %s FMA', (_, fma) => {
      const ref = refs.get(fma)!;
      cases.trig!.forEach(([start, stop, num, endpoint], k) => {
        const t = linspace(start, stop, num, endpoint);
        expect(Array.from(ref.trig[k].t).every((v, i) => Object.is(v, t[i]))).toBe(true);
        expect(mismatches(t, ref.trig[k][name], fma)).toEqual([]);
      });
    });

    it.each(builds)(
      'equals NumPy bit for bit on random arguments up to 1e7 and around each range boundary, %s FMA',
      (_, fma) => {
        expect(cases.points!.length).toBeGreaterThan(30000);
        expect(mismatches(cases.points!, refs.get(fma)!.points[name], fma)).toEqual([]);
      },
    );

    it('gives NaN for NaN and the infinities', () => {
      for (const x of [Number.NaN, Infinity, -Infinity]) expect(fn(x)).toBeNaN();
    });
  });
}
