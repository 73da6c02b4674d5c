import { describe, expect, it } from 'vitest';
import { fusedMultiplyAdd } from '../../src/lib/math/libm/fusedMultiplyAdd';
import { RandomState } from '../../src/lib/random/RandomState';

const view = new DataView(new ArrayBuffer(8));

/** x = m · 2^e exactly, with m a BigInt (x finite). */
function exact(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const bits = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (bits) m |= 1n << 52n;
  return [hi >>> 31 ? -m : m, (bits || 1) - 1075];
}

/** m · 2^e rounded once to the nearest double, ties to even (normal range only). */
function roundToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const neg = m < 0n;
  let a = neg ? -m : m;
  const extra = a.toString(2).length - 53;
  if (extra > 0) {
    const half = 1n << BigInt(extra - 1);
    const rest = a & ((1n << BigInt(extra)) - 1n);
    a >>= BigInt(extra);
    if (rest > half || (rest === half && (a & 1n) === 1n)) a += 1n;
    e += extra;
  }
  const v = Number(a) * 2 ** e;
  return neg ? -v : v;
}

/** a · b + c computed exactly with integers, then rounded once: the definition of a fused multiply-add. */
function referenceFma(a: number, b: number, c: number): number {
  const [ma, ea] = exact(a);
  const [mb, eb] = exact(b);
  const [mc, ec] = exact(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const sum = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return a * b + c; // an exact zero takes its sign as IEEE says
  return roundToDouble(sum, e);
}

describe('fusedMultiplyAdd', () => {
  it('rounds once, as the exact integer reference does, on 60,000 seeded triples built to be hard', () => {
    const rng = new RandomState(7);
    const value = (spread: number) => (2 * rng.randomSample() - 1) * 2 ** Math.floor((rng.randomSample() - 0.5) * spread);
    const coarse = (x: number) => Math.round(x * 2 ** 20) / 2 ** 20;
    const bad: string[] = [];
    for (let i = 0; i < 60000; i++) {
      const a = value(40);
      const b = value(40);
      // Plain sums, near-total cancellation, exact cancellation, and short mantissas that make ties.
      const c = [value(80), -(a * b) * (1 + (rng.randomSample() - 0.5) * 2 ** -Math.floor(rng.randomSample() * 60)), -(a * b), coarse(value(20)) * 2 ** -30][i % 4];
      const [x, y] = i % 4 === 3 ? [coarse(a), coarse(b)] : [a, b];
      const got = fusedMultiplyAdd(x, y, c);
      if (!Object.is(got, referenceFma(x, y, c)) && bad.length < 3) bad.push(`${x} * ${y} + ${c} = ${got}`);
    }
    expect(bad).toEqual([]);
  });

  it('differs from a separate multiply and add where their two roundings show', () => {
    // (1 + 2^-30)^2 = 1 + 2^-29 + 2^-60: the product alone rounds the 2^-60 away.
    const a = 1 + 2 ** -30;
    expect(fusedMultiplyAdd(a, a, -1)).toBe(2 ** -29 + 2 ** -60);
    expect(a * a - 1).toBe(2 ** -29);
  });

  it('keeps IEEE signs of zero and passes infinities and NaN through', () => {
    expect(Object.is(fusedMultiplyAdd(-1, 0, -0), -0)).toBe(true);
    expect(Object.is(fusedMultiplyAdd(1, 0, -0), 0)).toBe(true);
    expect(fusedMultiplyAdd(2, Infinity, 1)).toBe(Infinity);
    expect(fusedMultiplyAdd(Number.NaN, 1, 1)).toBeNaN();
    expect(fusedMultiplyAdd(1, 1, -Infinity)).toBe(-Infinity);
  });
});
