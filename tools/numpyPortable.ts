/**
 * NumPy's float64 sine, cosine and logarithm come from the C library, which the site follows
 * bit for bit, except on processors with AVX-512: there NumPy 1.22 and later dispatch to
 * vectorised code of their own, whose results can differ in the last one or two bits (measured
 * on a Cooper Lake CPU: 627 of the 1000 values of np.sin(x / 4) on the regression's x). NumPy's
 * NPY_DISABLE_CPU_FEATURES turns that dispatch off, so the reference values the tests compare
 * with are the same on every machine.
 */
export const NUMPY_AVX512_FEATURES = 'AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL';

/** `env` with NumPy's AVX-512 dispatch switched off. */
export function numpyPortable(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, NPY_DISABLE_CPU_FEATURES: NUMPY_AVX512_FEATURES };
}
