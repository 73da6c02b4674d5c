/**
 * The inside-a-linear-classifier page's exercises: each computed answer checked against numbers
 * worked out here, and the predict run trained in
 * Node to pin the option its explanation names.
 */
import { describe, expect, it } from 'vitest';
import { insideClassifierExercises as ex } from '../../src/lib/exercises/pages/insideClassifier';
import { expectGrades } from './support/expectGrades';
import { trainPredictRun } from './support/trainPredictRun';

describe('inside-a-linear-classifier page exercises', () => {
  it('p1 for x = (1, 2): Wx = (2, 0), Wx + b = (2.5, -0.5), p1 = sigmoid(-3)', () => {
    expect(ex.wx).toEqual([2, 0]);
    expect(ex.wxb).toEqual([2.5, -0.5]);
    expect(ex.p1.answer).toBeCloseTo(1 / (1 + Math.exp(3)), 12);
    // Forgetting the bias gives sigmoid(-2), about 0.12.
    expectGrades(ex.p1, ['0.05', '0.047', '4.7%'], ['0.12']);
  });

  it('the distance between two images is unchanged by the bias: |(-3, 3) - (2, 0)| = sqrt(34)', () => {
    expect(ex.pairWx).toEqual([[2, 0], [-3, 3]]);
    expect(ex.pairWxb).toEqual([[2.5, -0.5], [-2.5, 2.5]]);
    expect(ex.distance.answer).toBeCloseTo(Math.sqrt(34), 12);
    expect(ex.distance.before).toBeCloseTo(ex.distance.answer, 12);
    expectGrades(ex.distance, ['5.83'], ['5.9']);
  });

  it('the bias sum stays 0.3 + 0.5 = 0.8 through the whole SGD run, while the biases move', () => {
    expect(ex.biasSum.steps).toBe(2500);
    expect(ex.biasSum.answer).toBeCloseTo(0.8, 9);
    expect(Math.abs(ex.biasSum.trained[0] - ex.biasStart[0])).toBeGreaterThan(0.1);
    expectGrades(ex.biasSum, ['0.8'], ['0']);
  });

  it('learning rate 1: the seeded run ends below 0.03, lower than at 0.01', async () => {
    const { done } = await trainPredictRun(ex.fastRun);
    // The explanation says accuracy stays where it was: the gain is confidence, not new right answers.
    expect(done.test?.accuracy).toBeGreaterThanOrEqual(0.98);
  });
});
