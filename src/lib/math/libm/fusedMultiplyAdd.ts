// JavaScript has no fused multiply-add, yet C libraries built for CPUs that have one compute
// sin and cos with it, and their results differ from the unfused ones in the last bit. This is
// a · b + c with one rounding, built from exact operations: the product split into two doubles
// (Dekker), its high part added to c exactly (Knuth's two-sum), the two low parts added with
// rounding to odd, and one final rounding to nearest. Boldo and Melquiond proved that the odd
// rounding in the middle makes the final rounding the correct one (IEEE Trans. Computers 57(4),
// 2008), for results far from overflow and underflow, which is all that sin and cos need.

const SPLITTER = 134217729; // 2 ** 27 + 1
const view = new DataView(new ArrayBuffer(8));

/** a · b + c rounded once to the nearest double (ties to even), for normal-range values. */
export function fusedMultiplyAdd(a: number, b: number, c: number): number {
  const uh = a * b;
  if (!Number.isFinite(uh) || !Number.isFinite(c)) return uh + c;
  const ul = productError(a, b, uh);
  const th = c + uh;
  const tl = sumError(c, uh, th);
  const v = addRoundToOdd(tl, ul);
  // An exact sum is th itself, which keeps the sign of a zero (−0 · 1 + −0 is −0).
  return v === 0 ? th : th + v;
}

/** The exact a · b − p for p = a · b rounded, by Veltkamp splitting. */
function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

/** The exact a + b − s for s = a + b rounded. */
function sumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/** x + y rounded to odd: when the sum is inexact, the neighbour whose last bit is 1. */
function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  const e = sumError(x, y, s);
  if (e === 0) return s;
  view.setFloat64(0, s);
  const lo = view.getUint32(4);
  if (lo & 1) return s;
  // An even, inexact sum: step one unit in the last place towards the exact value.
  const away = s > 0 === e > 0;
  if (away) {
    view.setUint32(4, lo | 1);
  } else if (lo === 0) {
    view.setUint32(0, view.getUint32(0) - 1);
    view.setUint32(4, 0xffffffff);
  } else {
    view.setUint32(4, lo - 1);
  }
  return view.getFloat64(0);
}
