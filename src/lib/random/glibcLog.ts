import { fusedMultiplyAdd as fma } from '../math/libm/fusedMultiplyAdd';
import { LN2_HI, LN2_LO, POLY1_B as B, POLY_A as A, TAB2_CHI_CLO, TAB_INVC_LOGC } from './logData';

// numpy's legacy Gaussian calls the C library's log. On Linux that is glibc's table-driven
// log, which is not always correctly rounded, and V8's Math.log (fdlibm) disagrees with it by
// one ulp on about 7% of the arguments the lesson's data needs. To rebuild numpy's arrays bit
// for bit, this is a line-by-line port of glibc's log (N = 128). Every expression keeps glibc's
// order of operations; do not "simplify" it. glibc also has a build for CPUs with a fused
// multiply-add (x86-64 with AVX2 and FMA): it computes r with one fused operation instead of
// the second table, and its compiler fuses every product that is added; `fused` selects it.

const view = new DataView(new ArrayBuffer(8));

// glibc's bounds for the near-1 branch: 1 - 0x1p-4 and 1 + 0x1.09p-4 (= 1 + 265/4096).
const LOW = 1 - 2 ** -4;
const HIGH = 1 + 265 / 4096;

/** Natural logarithm, bit-identical to glibc >= 2.28 on x86-64 without FMA, or with it when `fused`. */
export function glibcLog(x: number, fused = false): number {
  if (x >= LOW && x < HIGH) return logNearOne(x, fused);
  // Zero, negatives, NaN and infinity never reach the Gaussian (its r2 lies in (0, 1));
  // Math.log gives the same IEEE results for them as glibc.
  if (!(x > 0) || x === Infinity) return Math.log(x);

  // Like glibc, a subnormal is scaled into the normal range and its exponent corrected.
  const subnormal = x < 2 ** -1022;
  view.setFloat64(0, subnormal ? x * 2 ** 52 : x);
  const h = subnormal ? view.getUint32(0) - (52 << 20) : view.getUint32(0);
  // The offset 0x3fe6000000000000 has a zero low word, so only the high word takes part.
  const t = (h - 0x3fe60000) | 0;
  const i = (t >>> 13) & 127;
  const k = t >> 20;
  view.setUint32(0, (h - (t & 0xfff00000)) >>> 0);
  const z = view.getFloat64(0);

  // Indexing, not destructuring: the data of a typed size is made once, by code that has not
  // warmed up yet, and an unoptimised destructuring walks the array's iterator.
  const tab = TAB_INVC_LOGC[i];
  const invc = tab[0];
  const logc = tab[1];
  if (fused) return logTableFused(z, k, invc, logc);
  const tab2 = TAB2_CHI_CLO[i];
  const chi = tab2[0];
  const clo = tab2[1];
  const r = (z - chi - clo) * invc;
  const w = k * LN2_HI + logc;
  const hi = w + r;
  const lo = w - hi + r + k * LN2_LO;
  const r2 = r * r;
  return lo + r2 * A[0] + r * r2 * (A[1] + r * A[2] + r2 * (A[3] + r * A[4])) + hi;
}

// Close to 1 the table would lose accuracy, so glibc evaluates a longer polynomial in r = x - 1
// and adds the r^2/2 term in two pieces (rhi exact in 26 bits) to keep the error below an ulp.
// The FMA build takes the same steps with the polynomial's and the last correction's products
// fused (the squares of the 26-bit rhi are exact, so fusing them changes nothing).
function logNearOne(x: number, fused: boolean): number {
  if (x === 1) return 0;
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  let w = r * 2 ** 27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  w = rhi * rhi * B[0];
  const hi = r + w;
  let lo = r - hi + w;
  if (fused) {
    const inner = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
    const middle = fma(r3, inner, fma(r2, B[6], fma(r, B[5], B[4])));
    const outer = fma(r3, middle, fma(r2, B[3], fma(r, B[2], B[1])));
    lo = fma(B[0] * rlo, rhi + r, lo);
    return fma(r3, outer, lo) + hi;
  }
  let y =
    r3 *
    (B[1] + r * B[2] + r2 * B[3] +
      r3 * (B[4] + r * B[5] + r2 * B[6] + r3 * (B[7] + r * B[8] + r2 * B[9] + r3 * B[10])));
  lo += B[0] * rlo * (rhi + r);
  y += lo;
  y += hi;
  return y;
}

// The FMA build of the table path: r = z · invc − 1 rounded once, and each product that is
// added fused into its sum (k · ln2hi is exact either way).
function logTableFused(z: number, k: number, invc: number, logc: number): number {
  const r = fma(z, invc, -1);
  const w = k * LN2_HI + logc;
  const hi = w + r;
  const lo = fma(k, LN2_LO, w - hi + r);
  const r2 = r * r;
  const p = fma(r2, fma(r, A[4], A[3]), fma(r, A[2], A[1]));
  return fma(r * r2, p, fma(r2, A[0], lo)) + hi;
}
