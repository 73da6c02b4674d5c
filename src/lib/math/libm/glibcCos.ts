import { fromHighWord, fusedMulAdd, HP0, HP1, cosKernel, quadrantSin, reduceQuadrant, separateMulAdd, sinKernel } from './sinCosKernels';

const TINY = fromHighWord(0x3e400000); // 2^-27
const TABLE_LIMIT = fromHighWord(0x3feb6000); // 0.855469
const NEAR_HALF_PI = fromHighWord(0x400368fd); // 2.426265
const REDUCE_LIMIT = fromHighWord(0x419921fb); // 105414336

/**
 * cos(x) bit-identical to glibc's (>= 2.28) on x86-64, the function NumPy's `np.cos` calls on
 * float64 there. `fused` as for glibcSin. From |x| = 105414336 on it falls back to Math.cos.
 */
export function glibcCos(x: number, fused = true): number {
  const f = fused ? fusedMulAdd : separateMulAdd;
  const ax = Math.abs(x);
  if (ax < TINY) return 1;
  if (ax < TABLE_LIMIT) return cosKernel(x, 0, f);
  if (ax < NEAR_HALF_PI) {
    const y = HP0 - ax;
    const a = y + HP1;
    const da = y - a + HP1;
    return sinKernel(a, da, f);
  }
  if (ax < REDUCE_LIMIT) {
    const { n, a, da } = reduceQuadrant(x, f);
    return quadrantSin(a, da, n + 1, f);
  }
  return Math.cos(x);
}
