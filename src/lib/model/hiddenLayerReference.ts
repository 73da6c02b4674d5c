import { RandomState } from '../random/RandomState';
import { hiddenLayerForward, type HiddenLayerWeights } from './hiddenLayerForward';
import type { HiddenKind, OutputKind } from './hiddenLayerStepper';

export interface HiddenLayerReferenceOptions {
  hidden: HiddenKind;
  /** 'softmax' with cross-entropy on one-hot y; 'linear' or 'sigmoid' with squared error. */
  output: OutputKind;
  x: number[][];
  y: number[][];
  /** Starting weights; not modified. */
  weights: HiddenLayerWeights;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Seed of the per-epoch shuffle, the same stream train() uses. */
  seed: number;
}

/**
 * The same SGD run as train() on Dense(H, hidden) then Dense(K, output), in plain numbers and
 * written the long way: each row's forward pass, then the chain rule layer by layer, summed over
 * the batch into whole gradient matrices. An independent check of hiddenLayerStepper and of the
 * TF.js gradients, and the benchmark's plain-TypeScript figure.
 */
export function hiddenLayerReference(o: HiddenLayerReferenceOptions): { weights: HiddenLayerWeights; steps: number } {
  const w: HiddenLayerWeights = {
    kernel1: o.weights.kernel1.map((r) => r.slice()),
    bias1: o.weights.bias1.slice(),
    kernel2: o.weights.kernel2.map((r) => r.slice()),
    bias2: o.weights.bias2.slice(),
  };
  const rng = new RandomState(o.seed);
  const n = o.x.length;
  let steps = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = rng.permutation(n);
    for (let start = 0; start < n; start += o.batchSize, steps++) {
      const rows = order.slice(start, Math.min(n, start + o.batchSize));
      const g = batchGradient(w, o, rows);
      const rate = o.learningRate / rows.length;
      const move = (m: number[][], d: number[][]) => m.forEach((r, i) => r.forEach((_, j) => (r[j] -= rate * d[i][j])));
      move(w.kernel1, g.kernel1);
      move([w.bias1], [g.bias1]);
      move(w.kernel2, g.kernel2);
      move([w.bias2], [g.bias2]);
    }
  }
  return { weights: w, steps };
}

/** The sum over `rows` of each row's loss gradient with respect to every weight. */
function batchGradient(w: HiddenLayerWeights, o: HiddenLayerReferenceOptions, rows: number[]): HiddenLayerWeights {
  const zeros = (m: number[][]) => m.map((r) => r.map(() => 0));
  const g: HiddenLayerWeights = { kernel1: zeros(w.kernel1), bias1: w.bias1.map(() => 0), kernel2: zeros(w.kernel2), bias2: w.bias2.map(() => 0) };
  for (const row of rows) {
    const x = o.x[row];
    const y = o.y[row];
    const { a, h, p } = hiddenLayerForward(w, o.hidden, o.output, x);
    const K = p.length;
    // dL/dz: the softmax's with cross-entropy, or the squared error's through the output unit.
    const dz = p.map((pk, k) => (o.output === 'softmax' ? pk - y[k] : ((2 * (pk - y[k])) / K) * (o.output === 'sigmoid' ? pk * (1 - pk) : 1)));
    const da = h.map((hj, j) => dz.reduce((s, d, k) => s + d * w.kernel2[j][k], 0) * derivative(o.hidden, a[j], hj));
    dz.forEach((d, k) => {
      g.bias2[k] += d;
      h.forEach((hj, j) => (g.kernel2[j][k] += hj * d));
    });
    da.forEach((d, j) => {
      g.bias1[j] += d;
      x.forEach((xi, i) => (g.kernel1[i][j] += xi * d));
    });
  }
  return g;
}

/** f′(a), from a for relu (0 at a = 0) and from h = f(a) for the others. */
function derivative(kind: HiddenKind, a: number, h: number): number {
  if (kind === 'relu') return a > 0 ? 1 : 0;
  if (kind === 'tanh') return 1 - h * h;
  if (kind === 'sigmoid') return h * (1 - h);
  return 1;
}
