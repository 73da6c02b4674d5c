import { describe, expect, it } from 'vitest';
import { availableBuilds, sklearnReference } from './support/sklearnReference';
import { RandomState } from '../../src/lib/random/RandomState';

// Expected values: numpy 1.24.2's legacy RandomState (the project's specification, section 11).
const draw = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);

describe('RandomState', () => {
  it('rejects seeds outside 0..2^32-1 with a RangeError that names the range', () => {
    for (const bad of [-1, 2 ** 32, 1.5, Number.NaN, Infinity]) {
      expect(() => new RandomState(bad)).toThrow(RangeError);
    }
    expect(() => new RandomState(-1)).toThrow(/0 and 2\*\*32 - 1/);
    expect(() => new RandomState(0)).not.toThrow();
    expect(() => new RandomState(2 ** 32 - 1)).not.toThrow();
  });

  it('draws the MT19937 words numpy draws', () => {
    const a = new RandomState(101);
    expect(draw(5, () => a.nextUint32())).toEqual([2217915231, 2373142027, 2450998609, 4091748166, 122295871]);
    const b = new RandomState(42);
    expect(draw(5, () => b.nextUint32())).toEqual([1608637542, 3421126067, 4083286876, 787846414, 3143890026]);
  });

  it('keeps producing unsigned words across the 624-word regeneration', () => {
    const r = new RandomState(7);
    const words = draw(2000, () => r.nextUint32());
    expect(words.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** 32)).toBe(true);
    expect(new Set(words).size).toBeGreaterThan(1990);
  });

  it('random_sample(5) for seed 101, bit for bit', () => {
    const r = new RandomState(101);
    const expected = [0.5163986277024462, 0.5706675868681398, 0.028474226478096942, 0.17152165622510307, 0.6852769816973125];
    draw(5, () => r.randomSample()).forEach((v, i) => expect(Object.is(v, expected[i])).toBe(true));
  });

  it('standard_normal(5) for seed 101, bit for bit, second uniform of the pair first', () => {
    const r = new RandomState(101);
    const expected = [2.706849839399938, 0.6281327087844596, 0.9079694464765431, 0.5038257538223936, 0.6511179479432686];
    draw(5, () => r.standardNormal()).forEach((v, i) => expect(v).toBe(expected[i]));
  });

  it('the first polar pair of seed 101 is accepted and yields f*x2, then f*x1', () => {
    const u = new RandomState(101);
    const u1 = u.randomSample();
    const u2 = u.randomSample();
    expect([u1, u2]).toEqual([0.5163986277024462, 0.5706675868681398]);
    const x1 = 2 * u1 - 1;
    const x2 = 2 * u2 - 1;
    expect(x1 * x1 + x2 * x2).toBe(0.02105129129715807);
    const g = new RandomState(101);
    const first = g.standardNormal();
    const second = g.standardNormal();
    expect(first).toBe(2.706849839399938);
    expect(second).toBe(0.6281327087844596);
    expect(Math.sign(first)).toBe(Math.sign(x2));
    expect(Math.sign(second)).toBe(Math.sign(x1));
    expect(first / second).toBeCloseTo(x2 / x1, 12);
  });

  it('caches the second Gaussian: standard_normal(3) then one more equals standard_normal(4)', () => {
    const a = new RandomState(2024);
    const split = [...draw(3, () => a.standardNormal()), a.standardNormal()];
    const b = new RandomState(2024);
    expect(split).toEqual(draw(4, () => b.standardNormal()));
    // The cached value costs no draw: after an even count both streams sit at the same word.
    const c = new RandomState(2024);
    c.standardNormal();
    c.standardNormal();
    const d = new RandomState(2024);
    d.randomSample();
    d.randomSample();
    expect(c.nextUint32()).toBe(d.nextUint32());
  });

  it('uniform is low + range * double, in order', () => {
    const r = new RandomState(101);
    const u = new RandomState(101);
    const values = r.uniform(-10, 10, 4);
    expect(values).toEqual(draw(4, () => -10 + 20 * u.randomSample()));
    expect(values[0]).toBe(0.3279725540489231);
    expect(values[1]).toBe(1.4133517373627953);
  });

  it('normal is loc + scale * gauss', () => {
    const r = new RandomState(101);
    expect(r.normal(3, 2)).toBe(3 + 2 * 2.706849839399938);
    expect(r.normal(-1, 0.5)).toBe(-1 + 0.5 * 0.6281327087844596);
  });

  it('randomInterval stays in [0, max], returns 0 for max 0 without drawing', () => {
    const r = new RandomState(5);
    const s = new RandomState(5);
    expect(r.randomInterval(0)).toBe(0);
    expect(r.nextUint32()).toBe(s.nextUint32());
    for (const max of [1, 2, 3, 6, 7, 8, 1000, 2 ** 31, 2 ** 32 - 1]) {
      for (let k = 0; k < 50; k++) {
        const v = r.randomInterval(max);
        expect(Number.isInteger(v) && v >= 0 && v <= max).toBe(true);
      }
    }
    expect(() => r.randomInterval(-1)).toThrow(RangeError);
  });

  it('randomInterval uses masked rejection on single draws', () => {
    // max 5 -> mask 7: the first masked word at or below 5 is returned.
    const r = new RandomState(42);
    const words = new RandomState(42);
    let expected = -1;
    while (expected < 0) {
      const v = words.nextUint32() & 7;
      if (v <= 5) expected = v;
    }
    expect(r.randomInterval(5)).toBe(expected);
    expect(r.nextUint32()).toBe(words.nextUint32());
  });

  it('permutation matches numpy for seed 42', () => {
    expect(new RandomState(42).permutation(10)).toEqual([8, 1, 5, 0, 7, 2, 9, 4, 3, 6]);
    expect(new RandomState(42).permutation(4000).slice(0, 10)).toEqual([555, 3491, 527, 3925, 2989, 70, 1756, 211, 196, 803]);
    expect(new RandomState(42).permutation(1000).slice(0, 10)).toEqual([521, 737, 740, 660, 411, 678, 626, 513, 859, 136]);
  });

  it('permutation(n) contains each index once; shuffle permutes in place', () => {
    const p = new RandomState(3).permutation(500);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    new RandomState(42).shuffle(letters);
    expect(letters).toEqual([8, 1, 5, 0, 7, 2, 9, 4, 3, 6].map((i) => 'abcdefghij'[i]));
    expect(new RandomState(1).permutation(0)).toEqual([]);
    expect(new RandomState(1).permutation(1)).toEqual([0]);
  });

  it.each(availableBuilds().map((fma) => [fma ? 'with' : 'without', fma] as const))(
    'standard_normal equals NumPy’s bit for bit over 100,000 draws of three seeds, %s FMA in its log',
    (_, fma) => {
      const runs: [number, number][] = [[0, 40000], [42, 40000], [4294967295, 20001]];
      const expected = sklearnReference({ normals: runs }, fma).normals;
      runs.forEach(([seed, count], k) => {
        const r = new RandomState(seed, { fma });
        const bad: number[] = [];
        for (let i = 0; i < count; i++) if (!Object.is(r.standardNormal(), expected[k][i]) && bad.length < 3) bad.push(i);
        expect(bad).toEqual([]);
      });
    },
  );
});
