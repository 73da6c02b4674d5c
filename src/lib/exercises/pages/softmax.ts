/**
 * The exercises of the softmax page, computed with the same functions the page explains, so
 * every answer, tolerance and "correct" mark follows the library. The page imports this and
 * the unit tests check it (predict outcomes by training the run in Node).
 */
import { crossEntropy } from '../../math/crossEntropy';
import { softmax } from '../../math/softmax';
import { softmaxGradient } from '../../math/softmaxGradient';
import { experimentById } from '../../experiments/registry';
import { decimalsTolerance } from '../decimalsTolerance';
import { predictSettings } from '../predictSettings';
import { predictRun } from '../predictRun';

const z = [2, 1, 0.1];
const label = 2;
const p = softmax(z);
const grad = softmaxGradient(p, label);
const shift = 5;
const shifted = softmax(z.map((v) => v + shift));
const lnFour = crossEntropy(softmax([0, 0, 0, 0]), 0);
const lessonLoss = experimentById('blobs4').lesson!.loss;
const round = (v: number, digits: number) => Number(v.toFixed(digits));

export const softmaxExercises = {
  z,
  label,
  p,
  shift,
  shiftedZ: z.map((v) => v + shift),
  firstProbability: { answer: p[0], tolerance: decimalsTolerance(2) },
  loss: { answer: crossEntropy(p, label), tolerance: decimalsTolerance(2) },
  trueGradient: { answer: grad[label], tolerance: decimalsTolerance(2) },
  exps: z.map((v) => Math.exp(v)),
  expSum: z.reduce((a, v) => a + Math.exp(v), 0),
  grad,
  shiftOptions: [
    { label: 'They stay exactly the same', correct: shifted.every((v, k) => Math.abs(v - p[k]) < 1e-12), why: 'Every exponential gets the same factor e⁵, which cancels between the numerator and the sum.' },
    { label: 'They all grow, since every score grew', correct: shifted.every((v, k) => v > p[k] + 1e-12), why: 'They cannot all grow: probabilities always add up to 1.' },
    { label: 'The leader gains: larger scores exaggerate the gaps', correct: shifted[0] > p[0] + 1e-12, why: 'Only the differences between scores matter, and adding the same number leaves them unchanged.' },
    { label: 'They move towards a third each', correct: Math.abs(shifted[0] - 1 / 3) < Math.abs(p[0] - 1 / 3) - 1e-12, why: 'The scores would have to move closer together for that; here they all move by the same amount.' },
  ],
  gradientOptions: [0, 1, 2].map((k) => ({
    label: `∂L/∂z${'₀₁₂'[k]}`,
    correct: grad[k] > 0,
    why:
      k === label
        ? `The true class's entry is p${'₀₁₂'[k]} − 1 = ${round(grad[k], 3)}: negative, so a step against the gradient raises its score.`
        : `A wrong class's entry is its probability, p${'₀₁₂'[k]} = ${round(grad[k], 3)}: positive, so a step against the gradient lowers its score.`,
  })),
  lnFour,
  lessonLoss,
  lessonRate: experimentById('blobs4').training.learningRate,
  /** Four blobs with a learning rate of 1 instead of the lesson's 0.01. */
  fastRun: predictRun(predictSettings('blobs4', { learningRate: 1 }), 'loss', 1, [
    { label: `Below 0.3, like the lesson's ${round(lessonLoss, 2)}`, max: 0.3 },
    { label: `Between 0.3 and ln 4 ≈ ${round(lnFour, 2)}`, min: 0.3, max: lnFour },
    { label: `Above ln 4 ≈ ${round(lnFour, 2)}, worse than guessing`, min: lnFour },
    { label: 'The run diverges', diverged: true },
  ]),
  /** Four blobs with a learning rate of 100. */
  hugeRun: predictRun(predictSettings('blobs4', { learningRate: 100 }), 'accuracy', 3, [
    { label: 'Above 90%, as with 0.01', min: 0.9 },
    { label: 'Between 50% and 90%', min: 0.5, max: 0.9 },
    { label: 'Below 50%', max: 0.5 },
    { label: 'The run diverges', diverged: true },
  ]),
};
