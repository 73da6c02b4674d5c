/**
 * What the softmax calculator shows for a set of steps: the text of every table cell, the bar
 * lengths, the sentence for screen readers and the TeX of the formulas. The server renders the
 * first view and the page script every later one from this same function, so a reload with
 * JavaScript shows exactly the markup the page was built with.
 */
import { fixedNumber, lossNumber, positiveNumber } from './calculatorNumbers';
import type { SoftmaxSteps } from './softmaxSteps';

export interface SoftmaxClassView {
  score: string;
  exp: string;
  prob: string;
  grad: string;
  /** Length of the probability bar, 0..1. */
  bar: number;
  isTrue: boolean;
}

export interface SoftmaxStepsView {
  classes: SoftmaxClassView[];
  expSum: string;
  loss: string;
  /** One sentence with the loss and the true class's probability, for the live region. */
  announcement: string;
  tex: { scores: string; exps: string; probs: string; loss: string; gradient: string };
}

/** Decimals as in the worked example on the softmax page. */
const DIGITS = { score: 2, exp: 3, prob: 3, grad: 3 } as const;

function texVector(entries: readonly string[]): string {
  return `\\begin{bmatrix} ${entries.join(' \\\\ ')} \\end{bmatrix}`;
}

// "-log 1.2 x 10^-5" could be read as (-log 1.2) x 10^-5.
function bracketed(tex: string): string {
  return tex.includes('\\times') ? `\\left(${tex}\\right)` : tex;
}

export function softmaxStepsView(steps: SoftmaxSteps): SoftmaxStepsView {
  const y = steps.label;
  const scores = steps.scores.map((v) => fixedNumber(v, DIGITS.score));
  const exps = steps.expLog10.map((v) => positiveNumber(v, DIGITS.exp));
  const expSum = positiveNumber(steps.expSumLog10, DIGITS.exp);
  const probs = steps.probLog10.map((v) => positiveNumber(v, DIGITS.prob));
  const grads = steps.grad.map((v) => fixedNumber(v, DIGITS.grad));
  const loss = lossNumber(steps.loss);
  const oneHot = steps.scores.map((_, j) => (j === y ? '1' : '0'));

  return {
    classes: steps.scores.map((_, j) => ({
      score: scores[j].text,
      exp: exps[j].text,
      prob: probs[j].text,
      grad: grads[j].text,
      bar: Math.min(1, Math.max(0, steps.probs[j])),
      isTrue: j === y,
    })),
    expSum: expSum.text,
    loss: loss.text,
    announcement: `Loss ${loss.text}; the true class, class ${y}, has probability ${probs[y].text}.`,
    tex: {
      scores: `z = W x + b = ${texVector(scores.map((s) => s.tex))}`,
      exps: `e^{z} = ${texVector(exps.map((s) => s.tex))}, \\qquad \\sum_k e^{z_k} = ${expSum.tex}`,
      probs: `p = \\frac{e^{z}}{\\sum_k e^{z_k}} = ${texVector(probs.map((s) => s.tex))}`,
      loss: `L = -\\log p_{${y}} = -\\log ${bracketed(probs[y].tex)} = ${loss.tex}`,
      gradient: `\\frac{\\partial L}{\\partial z} = p - ${texVector(oneHot)} = ${texVector(grads.map((s) => s.tex))}`,
    },
  };
}
