/**
 * The five-steps page's exercises: the update counts checked against ceil(N / B) worked out
 * here, the step options against what each step does, and both predict runs trained in Node to
 * pin the option their explanations name.
 */
import { describe, expect, it } from 'vitest';
import { fiveStepsExercises as ex } from '../../src/lib/exercises/pages/fiveSteps';
import { expectGrades } from './support/expectGrades';
import { trainPredictRun } from './support/trainPredictRun';

describe('five-steps page exercises', () => {
  it("the lesson's schedule: 3200 samples in batches of 4 for 10 epochs make 8000 updates", () => {
    expect(ex.n).toBe(3200);
    expect(ex.lessonUpdates).toBe(8000);
    expect(ex.oneEpochUpdates).toBe(800);
  });

  it('batch 48: ceil(3200 / 48) = 67 updates an epoch, the last with 32 samples; 66 and 66.7 are wrong', () => {
    expect(ex.stepsPerEpoch.answer).toBe(Math.ceil(3200 / 48));
    expect(ex.stepsPerEpoch.answer).toBe(67);
    expect(ex.oddFullBatches).toBe(66);
    expect(ex.oddLastBatch).toBe(32);
    expectGrades(ex.stepsPerEpoch, ['67'], ['66', '66.7', '66.67']);
  });

  it('batch 1000 for 10 epochs: 4 updates an epoch (the last of 200 samples), 40 in all', () => {
    expect(ex.bigPerEpoch).toBe(4);
    expect(ex.bigLastBatch).toBe(200);
    expect(ex.totalUpdates.answer).toBe(40);
    expectGrades(ex.totalUpdates, ['40'], ['30', '32', '4']);
  });

  it('only fit changes the weights', () => {
    expect(ex.stepOptions.map((o) => [o.label, o.correct])).toEqual([
      ['Define', false],
      ['Compile', false],
      ['Fit', true],
      ['Evaluate', false],
      ['Predict', false],
    ]);
  });

  it('one epoch: the seeded run lands in the option the explanation names, below the lesson but far above guessing', async () => {
    const { done } = await trainPredictRun(ex.oneEpochRun);
    expect(done.test?.accuracy).toBeLessThan(ex.lessonAccuracy);
  });

  it('the whole training set as one batch: 10 updates in all, and the seeded run ends below guessing', async () => {
    expect(ex.fullBatchUpdates).toBe(10);
    // The explanation says ten small steps leave the model close to its random start.
    expect(ex.startAccuracy).toBeLessThan(0.25);
    const { done } = await trainPredictRun(ex.fullBatchRun);
    expect(Math.abs((done.test?.accuracy ?? NaN) - ex.startAccuracy)).toBeLessThan(0.1);
  });
});
