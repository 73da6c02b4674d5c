/**
 * Every intermediate number of the softmax classifier on one sample, computed with the lesson's
 * plain-number maths (src/lib/math). The exponentials of large scores overflow a double (e^710
 * is Infinity) and small probabilities underflow to 0, so each also comes with its base-10
 * logarithm, which stays finite and lets the calculator print 1.2 x 10^400 honestly.
 */
import { crossEntropy } from '../math/crossEntropy';
import { linearScores } from '../math/linearScores';
import { softmax } from '../math/softmax';
import { softmaxGradient } from '../math/softmaxGradient';
import type { SoftmaxInputs } from './parseSoftmaxInputs';

export interface SoftmaxSteps {
  /** z = W x + b. */
  scores: number[];
  /** e^{z_j}; Infinity where it overflows. */
  exps: number[];
  /** log10 of e^{z_j}, always finite. */
  expLog10: number[];
  /** sum_j e^{z_j} and its log10. */
  expSum: number;
  expSumLog10: number;
  /** softmax(f). */
  probs: number[];
  /** log10 of each probability, finite even where the probability underflows to 0. */
  probLog10: number[];
  /** -ln p_label. */
  loss: number;
  /** p - onehot(label). */
  grad: number[];
  label: number;
}

export function softmaxSteps(input: SoftmaxInputs): SoftmaxSteps {
  const { W, x, b, label } = input;
  const scores = linearScores(W, x, b);
  const max = Math.max(...scores);
  // ln sum_j e^{z_j}, shifted by the largest score so the sum is at least 1 and never overflows.
  const logSumExp = max + Math.log(scores.reduce((s, f) => s + Math.exp(f - max), 0));
  const exps = scores.map((f) => Math.exp(f));
  const probs = softmax(scores);
  const lossDirect = crossEntropy(probs, label);
  return {
    scores,
    exps,
    expLog10: scores.map((f) => f / Math.LN10),
    expSum: exps.reduce((s, e) => s + e, 0),
    expSumLog10: logSumExp / Math.LN10,
    probs,
    probLog10: scores.map((f) => (f - logSumExp) / Math.LN10),
    // -ln p is infinite once p underflows to 0; the same loss from the logarithms stays finite.
    loss: Number.isFinite(lossDirect) ? lossDirect : logSumExp - scores[label],
    grad: softmaxGradient(probs, label),
    label,
  };
}
