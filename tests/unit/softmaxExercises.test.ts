/**
 * The softmax page's exercises: each computed answer checked against numbers worked out here
 * independently, and each predict run trained in Node to pin the option its explanation names.
 */
import { describe, expect, it } from 'vitest';
import { softmaxExercises as ex } from '../../src/lib/exercises/pages/softmax';
import { expectGrades } from './support/expectGrades';
import { trainPredictRun } from './support/trainPredictRun';

const e = [Math.exp(2), Math.exp(1), Math.exp(0.1)];
const sum = e[0] + e[1] + e[2];

describe('softmax page exercises', () => {
  it('first probability: e^2 / (e^2 + e + e^0.1), about 0.66, and 0.659, 66% and 0.66 are all right', () => {
    expect(ex.firstProbability.answer).toBeCloseTo(e[0] / sum, 12);
    expectGrades(ex.firstProbability, ['0.659', '65.9%', '0.66', '.66'], ['0.242']);
  });

  it('loss for true class 2: -ln(e^0.1 / sum), about 2.32', () => {
    expect(ex.loss.answer).toBeCloseTo(-Math.log(e[2] / sum), 12);
    expectGrades(ex.loss, ['2.32'], ['0.1']);
  });

  it("true class's gradient entry: p2 - 1, negative", () => {
    expect(ex.trueGradient.answer).toBeCloseTo(e[2] / sum - 1, 12);
    expectGrades(ex.trueGradient, ['\u22120.90'], ['0.90']);
  });

  it('shift: only "they stay the same" is right', () => {
    expect(ex.shiftOptions.map((o) => o.correct)).toEqual([true, false, false, false]);
  });

  it('gradient signs: the two wrong classes are positive, the true one is not', () => {
    expect(ex.gradientOptions.map((o) => o.correct)).toEqual([true, true, false]);
  });

  it('the ranges of the predict options are ln 4 and the lesson loss', () => {
    expect(ex.lnFour).toBeCloseTo(Math.log(4), 12);
    expect(ex.lessonLoss).toBeLessThan(0.3);
  });

  it('learning rate 1: the seeded run lands in the option the explanation names', async () => {
    const { done } = await trainPredictRun(ex.fastRun);
    // The explanation says accuracy stays about where it was while the loss grows.
    expect(done.test?.accuracy).toBeGreaterThan(0.85);
  });

  it('learning rate 100: the seeded run diverges', async () => {
    await trainPredictRun(ex.hugeRun, 'diverged');
  });
});
