/**
 * The machine-learning page's exercises: the counts checked against arithmetic done here, the
 * task options against the three kinds of task, and the predict run trained in Node to pin the
 * option its explanation names.
 */
import { describe, expect, it } from 'vitest';
import { machineLearningExercises as ex } from '../../src/lib/exercises/pages/machineLearning';
import { checkNumeric } from '../../src/lib/exercises/checkNumeric';
import { predictOutcome } from '../../src/lib/exercises/predictOutcome';
import { createTrainerHost } from '../../src/client/training/trainerHost';
import type { DoneMessage, TrainSettings } from '../../src/lib/training/protocol';

function train(settings: TrainSettings): Promise<DoneMessage> {
  return new Promise((resolve, reject) => {
    const host = createTrainerHost((m) => {
      if (m.type === 'done') resolve(m);
      if (m.type === 'error') reject(new Error(m.message));
    });
    void host.handle({ type: 'train', runId: 1, settings });
  });
}

describe('machine-learning page exercises', () => {
  it('1001 samples: the test set takes ceil(200.2) = 201, leaving 800 to train on, and only 800 is right', () => {
    expect(ex.testSize).toBe(0.2);
    expect(ex.oddFifth).toBe(200.2);
    expect(ex.oddTest).toBe(201);
    expect(ex.trainCount.answer).toBe(800);
    expect(checkNumeric('800', ex.trainCount.answer).status).toBe('right');
    for (const wrong of ['801', '800.8', '201']) expect(checkNumeric(wrong, ex.trainCount.answer).status).toBe('wrong');
  });

  it("Experiment 1's X_train holds 3200 rows of 2 features, 6400 numbers", () => {
    expect(ex.samples).toBe(4000);
    expect(ex.trainRows).toBe(3200);
    expect(ex.features).toBe(2);
    expect(ex.matrixEntries.answer).toBe(6400);
    expect(checkNumeric('6400', ex.matrixEntries.answer).status).toBe('right');
    expect(checkNumeric('8000', ex.matrixEntries.answer).status).toBe('wrong');
  });

  it('task kinds: the fraud check and the letters are classification, the rest are not', () => {
    expect(ex.taskOptions.map((o) => o.correct)).toEqual([true, false, false, true, false]);
    for (const o of ex.taskOptions) expect(o.why.length).toBeGreaterThan(20);
  });

  it('spread 5: the seeded run lands in the option the explanation names, well below the lesson', async () => {
    expect(ex.lessonSpread).toBe(2);
    expect(ex.spreadRun.settings.data).toMatchObject({ clusterStd: 5 });
    const done = await train(ex.spreadRun.settings);
    expect(done.status).toBe('completed');
    expect(predictOutcome(done, ex.spreadRun.metric, ex.spreadRun.options).index).toBe(ex.spreadRun.expected);
    // The explanation says it stays well above the 25% of guessing.
    expect(done.test?.accuracy).toBeGreaterThan(0.5);
    expect(done.test?.accuracy).toBeLessThan(ex.lessonAccuracy - 0.15);
    // ...and within a few points of the rule that knows where the true centres are.
    expect(ex.nearestCentreAccuracy).toBeGreaterThan(0.6);
    expect(ex.nearestCentreAccuracy).toBeLessThan(0.75);
    expect(Math.abs((done.test?.accuracy ?? NaN) - ex.nearestCentreAccuracy)).toBeLessThan(0.03);
  });
});
