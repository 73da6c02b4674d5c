/**
 * A point's way through the 2-blob model, one operation at a time: W x, then W x + b, then the
 * softmax. The kernel comes in Keras' layout (inputs x units), as the training loop reports it;
 * the lesson's W is its transpose. Plain numbers (src/lib/math), so the page can redraw these
 * from each epoch's weights without TF.js, and the build gets exactly the model's outputs.
 */
import { linearScores } from '../math/linearScores';
import { softmax } from '../math/softmax';
import { kernelToW } from '../math/kernelToW';

export interface DenseLayerStages {
  /** W x for each point: the scores before the bias. */
  wx: number[][];
  /** W x + b: the scores the softmax receives. */
  wxb: number[][];
  /** softmax(W x + b): the model's output probabilities. */
  probs: number[][];
}

export function denseLayerStages(
  X: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  bias: readonly number[],
): DenseLayerStages {
  const units = bias.length;
  const W = kernelToW(kernel, units);
  const zero = new Array<number>(units).fill(0);
  const wx = X.map((x) => linearScores(W, x, zero));
  const wxb = wx.map((z) => z.map((v, j) => v + bias[j]));
  return { wx, wxb, probs: wxb.map((z) => softmax(z)) };
}
