import type { HiddenKind, OutputKind } from './hiddenLayerStepper';

/** A one-hidden-layer network's weights in Keras' layout: kernels inputs x units, then units x outputs. */
export interface HiddenLayerWeights {
  kernel1: number[][];
  bias1: number[];
  kernel2: number[][];
  bias2: number[];
}

/** Activations of one row through the network, in plain double precision: a, h, z and the output p. */
export function hiddenLayerForward(
  w: HiddenLayerWeights,
  hidden: HiddenKind,
  output: OutputKind,
  x: readonly number[],
): { a: number[]; h: number[]; z: number[]; p: number[] } {
  const a = w.bias1.map((b, j) => x.reduce((s, v, i) => s + v * w.kernel1[i][j], b));
  const f = {
    relu: (v: number) => Math.max(0, v),
    tanh: Math.tanh,
    sigmoid: (v: number) => 1 / (1 + Math.exp(-v)),
    linear: (v: number) => v,
  }[hidden];
  const h = a.map(f);
  const z = w.bias2.map((b, k) => h.reduce((s, v, j) => s + v * w.kernel2[j][k], b));
  let p: number[];
  if (output === 'softmax') {
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const total = e.reduce((s, v) => s + v, 0);
    p = e.map((v) => v / total);
  } else {
    p = output === 'sigmoid' ? z.map((v) => 1 / (1 + Math.exp(-v))) : z.slice();
  }
  return { a, h, z, p };
}
