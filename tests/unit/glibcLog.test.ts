import { describe, expect, it } from 'vitest';
import { glibcLog } from '../../src/lib/random/glibcLog';
import { RandomState } from '../../src/lib/random/RandomState';
import { availableBuilds, sklearnReference } from './support/sklearnReference';

// Distance in units in the last place between two finite doubles of the same sign.
function ulps(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Math.abs(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

// [x, log(x)] from glibc 2.36's log with its FMA variant switched off
// (GLIBC_TUNABLES=glibc.cpu.hwcaps=-FMA,-AVX2), chosen where V8's Math.log gives another double.
const GLIBC_TABLE_PATH: [number, number][] = [
  [0.5890022579825517, -0.5293252617512233],
  [0.39325509496422606, -0.9332967810838743],
  [0.5396174484497788, -0.6168948192747793],
  [0.5699993338763802, -0.5621200867921535],
  [0.7555867752521982, -0.28026064582108084],
  [0.7115899271852729, -0.34025347845467696],
  [0.3220017663873259, -1.1331982477778497],
  [0.6056486400340165, -0.5014552629870223],
];
const GLIBC_NEAR_ONE: [number, number][] = [
  [0.9695948083687032, -0.030877018086637318],
  [0.9573239780930346, -0.04361340971682164],
  [0.9458425817544063, -0.05567912784206098],
  [0.9841890038564239, -0.015937323284464327],
  [0.9595699420441227, -0.041270071929317566],
  [0.9767204106089654, -0.023554839225846256],
];

describe('glibcLog', () => {
  it('reproduces glibc where Math.log differs, on both code paths', () => {
    for (const [x, y] of [...GLIBC_TABLE_PATH, ...GLIBC_NEAR_ONE]) {
      expect(Math.log(x)).not.toBe(y);
      expect(glibcLog(x)).toBe(y);
    }
  });

  it('is within 1 ulp of Math.log on many values across the whole range', () => {
    const r = new RandomState(12345);
    let differ = 0;
    const n = 20000;
    for (let k = 0; k < n; k++) {
      const u = r.randomSample();
      // Mix (0, 1) (the Gaussian's range), around 1 and very small / very large magnitudes.
      const x = k % 4 === 0 ? u : k % 4 === 1 ? 0.9 + 0.2 * u : (u + 0.5) * 2 ** Math.floor(u * 2000 - 1000);
      const a = glibcLog(x);
      const b = Math.log(x);
      if (a !== b) differ++;
      expect(ulps(a, b)).toBeLessThanOrEqual(1);
    }
    // The two libraries really are different functions, but only rarely.
    expect(differ).toBeGreaterThan(0);
    expect(differ).toBeLessThan(n / 5);
  });

  it('is exact very near 1, where log(1 + e) rounds to the same double in both', () => {
    expect(glibcLog(1)).toBe(0);
    for (let e = 30; e <= 52; e++) {
      for (let k = 1; k <= 64; k++) {
        for (const x of [1 + k * 2 ** -e, 1 - k * 2 ** -(e + 1)]) {
          expect(glibcLog(x)).toBe(Math.log(x));
        }
      }
    }
    // log(1 + 2^-52) = 2^-52 - 2^-105 + ..., and 2^-52 - 2^-105 is itself a double.
    expect(glibcLog(1 + 2 ** -52)).toBe(2 ** -52 - 2 ** -105);
  });

  it('handles exact powers of two, subnormals and the IEEE special cases', () => {
    for (let k = -1074; k <= 1023; k += 1) {
      expect(ulps(glibcLog(2 ** k), k * Math.LN2)).toBeLessThanOrEqual(1);
    }
    expect(glibcLog(0)).toBe(-Infinity);
    expect(glibcLog(Infinity)).toBe(Infinity);
    expect(glibcLog(-1)).toBeNaN();
    expect(glibcLog(Number.NaN)).toBeNaN();
  });

  it.each(availableBuilds().map((fma) => [fma ? 'with' : 'without', fma] as const))(
    'equals NumPy’s np.log bit for bit on 60,000 seeded arguments, %s FMA',
    (_, fma) => {
      const r = new RandomState(99);
      const x = [...r.uniform(0, 1, 30000), ...r.uniform(0.93, 1.07, 20000), ...r.uniform(0, 1, 10000).map((u) => u ** 8)];
      const expected = sklearnReference({ logPoints: x }, fma).log;
      const bad = x.filter((v, i) => !Object.is(glibcLog(v, fma), expected[i]));
      expect(bad.slice(0, 3)).toEqual([]);
    },
  );
});
