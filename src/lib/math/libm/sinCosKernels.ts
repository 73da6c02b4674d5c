import { fusedMultiplyAdd } from './fusedMultiplyAdd';
import { SIN_COS_TABLE } from './sinCosTable';

// The parts glibc's sin and cos (>= 2.28, IBM's accurate mathematical library) are made of,
// so that the site's data match NumPy's, which calls them. Near 0 sine is a Taylor polynomial;
// elsewhere the argument is split into X = k / 128 from a table plus a small rest t, and
// sin(X + t), cos(X + t) come from the angle-sum formulas with short polynomials in t. Beyond
// 2.426 the argument is first reduced by a multiple of π / 2 kept to about 136 bits.
//
// `mulAdd(a, b, c)` is every place where the library's compiled code multiplies and adds:
// built for CPUs with a fused multiply-add it rounds once there, otherwise twice, and the
// results differ in the last bit for about 1 argument in 1,500. The order of operations is
// the library's; rewriting an expression "equivalently" changes the bits.

export type MulAdd = (a: number, b: number, c: number) => number;

export const fusedMulAdd: MulAdd = fusedMultiplyAdd;
export const separateMulAdd: MulAdd = (a, b, c) => a * b + c;

const view = new DataView(new ArrayBuffer(8));
/** The double whose high 32 bits are `hi` and low 32 bits zero: the library's thresholds. */
export function fromHighWord(hi: number): number {
  view.setUint32(0, hi);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

// Taylor coefficients near 0 (close to -1/3!, 1/5!, ...), then those of the table path.
const S1 = -0.16666666666666666;
const S2 = 0.008333333333332329;
const S3 = -0.00019841269834414642;
const S4 = 0.000002755729806860771;
const S5 = -2.5022014848318398e-8;
const SN3 = -0.16666666666666488;
const SN5 = 0.008333332142857223;
const CS2 = 0.5;
const CS4 = -0.04166666666666644;
const CS6 = 0.001388888740079376;
/** 1.5 · 2^45: adding it rounds a number in [0, 1) to a multiple of 1/128. */
const BIG = 52776558133248;
/** π / 2 as two doubles, for arguments near it. */
export const HP0 = 1.5707963267948966;
export const HP1 = 6.123233995736766e-17;
// π / 2 in four pieces with trailing zeros, so that n · piece is exact for the n used here.
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814;
/** 1.5 · 2^52: adding it rounds to an integer. */
const TOINT = 6755399441055744;
const TAYLOR_LIMIT = 0.126;

/** sin(a + da) for |a| < 0.126, da tiny. */
function taylorSin(xx: number, a: number, da: number, f: MulAdd): number {
  const p = f(f(f(f(S5, xx, S4), xx, S3), xx, S2), xx, S1);
  const t = f(f(p, a, -(0.5 * da)), xx, da);
  return a + t;
}

/** sin(x + dx) for |x| < 0.855469 (about). */
export function sinKernel(x: number, dx: number, f: MulAdd): number {
  const xold = x;
  if (Math.abs(x) < TAYLOR_LIMIT) return taylorSin(x * x, x, dx, f);
  const d = x <= 0 ? -dx : dx;
  const ax = Math.abs(x);
  const xk = BIG + ax - BIG;
  const [sn, ssn, cs, ccs] = tableRow(xk);
  const r = ax - xk;
  const rr = r * r;
  const s = r + f(r * rr, f(rr, SN5, SN3), d);
  const c = f(r, d, rr * f(rr, f(rr, CS6, CS4), CS2));
  const cor = f(cs, s, f(-sn, c, f(s, ccs, ssn)));
  const v = sn + cor;
  return xold < 0 ? -Math.abs(v) : Math.abs(v);
}

/** cos(x + dx) for |x| < 0.855469 (about). */
export function cosKernel(x: number, dx: number, f: MulAdd): number {
  const d = x < 0 ? -dx : dx;
  const ax = Math.abs(x);
  const xk = BIG + ax - BIG;
  const [sn, ssn, cs, ccs] = tableRow(xk);
  const r = ax - xk + d;
  const rr = r * r;
  const s = f(r * rr, f(rr, SN5, SN3), r);
  const c = rr * f(rr, f(rr, CS6, CS4), CS2);
  const cor = f(-sn, s, f(-cs, c, f(-s, ssn, ccs)));
  return cs + cor;
}

/** x = n · π/2 + (a + da) with |a + da| ≤ π/4 (about), for |x| < 105414336. */
export function reduceQuadrant(x: number, f: MulAdd): { n: number; a: number; da: number } {
  const t = f(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = f(-xn, MP2, f(-xn, MP1, x));
  const n = xn & 3;
  const t2 = f(-xn, PP3, y);
  let db = f(-xn, PP3, y - t2);
  const b = f(-xn, PP4, t2);
  db += f(-xn, PP4, t2 - b);
  return { n, a: b, da: db };
}

/** sin(a + da) turned by n quarter turns: quadrant 1 and 3 take the cosine, 2 and 3 the sign. */
export function quadrantSin(a: number, da: number, n: number, f: MulAdd): number {
  const v = n & 1 ? cosKernel(a, da, f) : sinKernel(a, da, f);
  return n & 2 ? -v : v;
}

function tableRow(xk: number): number[] {
  const k = 4 * Math.round(xk * 128);
  return SIN_COS_TABLE.slice(k, k + 4);
}
