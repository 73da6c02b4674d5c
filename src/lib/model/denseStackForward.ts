import type { DenseStackLayer } from './denseStack';

/**
 * The outputs of a dense stack for `rows` inputs laid out one after another in `x`, in double
 * precision: rows x (the last layer's units), row after row. What predictOnBatch returns, up to
 * float32 rounding, without a tensor or a kernel call.
 */
export function denseStackForward(stack: readonly DenseStackLayer[], x: ArrayLike<number>, rows: number): Float64Array {
  let input: ArrayLike<number> = x;
  let out = new Float64Array(0);
  for (const { inputs, units, kernel, bias, activation } of stack) {
    if (input.length < rows * inputs) {
      throw new RangeError(`denseStackForward needs ${rows * inputs} inputs for ${rows} rows of ${inputs}; got ${input.length}`);
    }
    out = new Float64Array(rows * units);
    for (let r = 0; r < rows; r++) {
      const at = r * inputs;
      const to = r * units;
      for (let u = 0; u < units; u++) {
        let s = bias[u];
        for (let i = 0; i < inputs; i++) s += input[at + i] * kernel[i * units + u];
        out[to + u] = s;
      }
      activate(out, to, units, activation);
    }
    input = out;
  }
  return out;
}

function activate(v: Float64Array, from: number, n: number, activation: DenseStackLayer['activation']): void {
  const end = from + n;
  switch (activation) {
    case 'linear':
      return;
    case 'relu':
      for (let k = from; k < end; k++) if (v[k] < 0) v[k] = 0;
      return;
    case 'tanh':
      for (let k = from; k < end; k++) v[k] = Math.tanh(v[k]);
      return;
    case 'sigmoid':
      for (let k = from; k < end; k++) v[k] = 1 / (1 + Math.exp(-v[k]));
      return;
    case 'softmax': {
      let max = -Infinity;
      for (let k = from; k < end; k++) if (v[k] > max) max = v[k];
      let total = 0;
      for (let k = from; k < end; k++) total += v[k] = Math.exp(v[k] - max);
      for (let k = from; k < end; k++) v[k] /= total;
    }
  }
}
