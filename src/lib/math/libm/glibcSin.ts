import { fromHighWord, fusedMulAdd, HP0, HP1, cosKernel, quadrantSin, reduceQuadrant, separateMulAdd, sinKernel } from './sinCosKernels';

const TINY = fromHighWord(0x3e500000); // 2^-26
const TABLE_LIMIT = fromHighWord(0x3feb6000); // 0.855469
const NEAR_HALF_PI = fromHighWord(0x400368fd); // 2.426265
const REDUCE_LIMIT = fromHighWord(0x419921fb); // 105414336

/**
 * sin(x) bit-identical to glibc's (>= 2.28) on x86-64, the function NumPy's `np.sin` calls on
 * float64 there. `fused` picks the build for CPUs with a fused multiply-add (AVX2 and FMA,
 * nearly every x86-64 CPU since 2013, glibc's choice on them) or the one without.
 * From |x| = 105414336 on, which no dataset here reaches, it falls back to Math.sin.
 */
export function glibcSin(x: number, fused = true): number {
  const f = fused ? fusedMulAdd : separateMulAdd;
  const ax = Math.abs(x);
  if (ax < TINY) return x;
  if (ax < TABLE_LIMIT) return sinKernel(x, 0, f);
  if (ax < NEAR_HALF_PI) {
    const v = cosKernel(HP0 - ax, HP1, f);
    return x < 0 ? -v : v;
  }
  if (ax < REDUCE_LIMIT) {
    const { n, a, da } = reduceQuadrant(x, f);
    return quadrantSin(a, da, n, f);
  }
  return Math.sin(x);
}
