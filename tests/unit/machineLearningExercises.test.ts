/**
 * The machine-learning page's exercises: the counts checked against arithmetic done here, the
 * task options against the three kinds of task, and the predict run trained in Node to pin the
 * option its explanation names.
 */
import { describe, expect, it } from 'vitest';
import { machineLearningExercises as ex } from '../../src/lib/exercises/pages/machineLearning';
import { expectGrades } from './support/expectGrades';
import { trainPredictRun } from './support/trainPredictRun';

describe('machine-learning page exercises', () => {
  it('1001 samples: the test set takes ceil(200.2) = 201, leaving 800 to train on, and only 800 is right', () => {
    expect(ex.testSize).toBe(0.2);
    expect(ex.oddFifth).toBe(200.2);
    expect(ex.oddTest).toBe(201);
    expect(ex.trainCount.answer).toBe(800);
    expectGrades(ex.trainCount, ['800'], ['801', '800.8', '201']);
  });

  it("Experiment 1's X_train holds 3200 rows of 2 features, 6400 numbers", () => {
    expect(ex.samples).toBe(4000);
    expect(ex.trainRows).toBe(3200);
    expect(ex.features).toBe(2);
    expect(ex.matrixEntries.answer).toBe(6400);
    expectGrades(ex.matrixEntries, ['6400'], ['8000']);
  });

  it('task kinds: the fraud check and the letters are classification, the rest are not', () => {
    expect(ex.taskOptions.map((o) => o.correct)).toEqual([true, false, false, true, false]);
    for (const o of ex.taskOptions) expect(o.why.length).toBeGreaterThan(20);
  });

  it('spread 5: the seeded run lands in the option the explanation names, well below the lesson', async () => {
    expect(ex.lessonSpread).toBe(2);
    expect(ex.spreadRun.settings.data).toMatchObject({ clusterStd: 5 });
    const { done } = await trainPredictRun(ex.spreadRun);
    // The explanation says it stays well above the 25% of guessing.
    expect(done.test?.accuracy).toBeGreaterThan(0.5);
    expect(done.test?.accuracy).toBeLessThan(ex.lessonAccuracy - 0.15);
    // ...and within a few points of the rule that knows where the true centres are.
    expect(ex.nearestCentreAccuracy).toBeGreaterThan(0.6);
    expect(ex.nearestCentreAccuracy).toBeLessThan(0.75);
    expect(Math.abs((done.test?.accuracy ?? NaN) - ex.nearestCentreAccuracy)).toBeLessThan(0.03);
  });
});
