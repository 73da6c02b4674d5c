/**
 * The exercises of the linear-classifiers page, computed with the functions the page explains:
 * the parameter count from the shapes of a kernel that glorotUniform draws (and kernelToW turns
 * into W), the scores from linearScores, and the "only differences matter" claim by scoring a
 * grid of points before and after shifting every row of W.
 */
import { argMax } from '../../math/argMax';
import { kernelToW } from '../../math/kernelToW';
import { linearScores } from '../../math/linearScores';
import { glorotUniform } from '../../model/glorotUniform';
import { RandomState } from '../../random/RandomState';

const K = 5;
const D = 3;
const W5x3 = kernelToW(glorotUniform(D, K, new RandomState(0)), K);
const weightCount = W5x3.length * W5x3[0].length;

/** The page's worked example: three classes, two features. */
const W = [
  [2, 0],
  [-1, 1.5],
  [-1, -1.5],
];
const b = [0, 0.5, -0.5];
const x = [-1, -2];
const scores = linearScores(W, x, b);

/** Every row of W moved by the same vector, scored on a grid of points around the origin. */
const shift = [3, -2];
const shiftedW = W.map((row) => row.map((v, d) => v + shift[d]));
const grid: number[][] = [];
for (let i = -10; i <= 10; i++) for (let j = -10; j <= 10; j++) grid.push([i / 2, j / 2]);
const before = grid.map((p) => linearScores(W, p, b));
const after = grid.map((p) => linearScores(shiftedW, p, b));
const samePredictions = before.every((s, i) => argMax(s) === argMax(after[i]));
const sameScores = before.every((s, i) => s.every((v, k) => Math.abs(v - after[i][k]) < 1e-12));
const wins = (all: number[][], k: number) => all.filter((s) => argMax(s) === k).length;

export const linearClassifierExercises = {
  K,
  D,
  /** Rows and columns of W for K = 5 classes and D = 3 features. */
  shape: [W5x3.length, W5x3[0].length],
  weightCount,
  parameterCount: { answer: weightCount + K },
  W,
  b,
  x,
  scores,
  predictedClass: { answer: argMax(scores) },
  boundaryOptions: [
    { label: 'A straight line, with class 0 on one side and class 1 on the other', correct: true, why: 'Two classes tie where (w₀ − w₁) · x + (b₀ − b₁) = 0, and in the plane that is a straight line.' },
    { label: 'A straight line that misses the origin by a long way', correct: true, why: 'The bias difference b₀ − b₁ slides the line along its normal, as far from the origin as the data needs.' },
    { label: 'Three regions that meet at one point, like slices of a pie', correct: true, why: 'Each pair of classes has a straight boundary, and the three lines where two scores tie pass through the point where all three are equal.' },
    { label: 'A circle, with class 0 inside and class 1 outside', correct: false, why: 'A circle is curved, and every boundary of a linear classifier is a straight piece of a line where two scores tie.' },
    { label: 'A chessboard of four squares, class 0 on two opposite corners and class 1 on the other two', correct: false, why: "Class 0's region would be two squares that touch only at a corner, and every region of a linear classifier is convex: a segment from one class-0 square to the other can run through a class-1 square." },
  ],
  shift,
  shiftOptions: [
    { label: 'Every prediction stays the same', correct: samePredictions, why: 'Each boundary depends on a difference w_k − w_l, and adding the same vector to both rows cancels in it.' },
    { label: 'Every score stays the same', correct: sameScores, why: 'Every score changes by the same amount, (3, −2) · x, which depends on the point: only the differences between scores are kept.' },
    { label: 'The boundaries turn, because every row now points another way', correct: !samePredictions, why: 'The rows do point elsewhere, but a boundary is set by the difference of two rows, and that did not move.' },
    { label: 'Class 0 wins at more points, because its first weight was already the largest', correct: wins(after, 0) > wins(before, 0), why: 'Class 0 gains exactly as much as every other class at every point, so it never overtakes one it did not beat before.' },
  ],
  gridPoints: grid.length,
};
