import type { RandomState } from '../random/RandomState';

/**
 * Keras' default kernel initialiser, Glorot (Xavier) uniform: U(-limit, limit) with
 * limit = sqrt(6 / (fanIn + fanOut)). The draws come from a NumPy-compatible generator in
 * row-major order, so the kernel (fanIn rows x fanOut columns, Keras' layout) is the same on
 * every machine: TF.js' own initialisers ignore their seed.
 */
export function glorotUniform(fanIn: number, fanOut: number, rng: RandomState): number[][] {
  if (!Number.isInteger(fanIn) || fanIn < 1 || !Number.isInteger(fanOut) || fanOut < 1) {
    throw new RangeError(`glorotUniform needs positive integer fans; got ${fanIn} x ${fanOut}`);
  }
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const flat = rng.uniform(-limit, limit, fanIn * fanOut);
  const kernel: number[][] = [];
  for (let i = 0; i < fanIn; i++) kernel.push(flat.slice(i * fanOut, (i + 1) * fanOut));
  return kernel;
}
