/**
 * The four-blobs page's exercises: each computed answer checked against numbers worked out here
 * (and the parameter count against a real TF.js layer), and each predict run trained in Node to
 * pin the option its explanation names.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { fourBlobsExercises as ex } from '../../src/lib/exercises/pages/fourBlobs';
import { expectGrades } from './support/expectGrades';
import { trainPredictRun } from './support/trainPredictRun';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';

describe('four-blobs page exercises', () => {
  it('parameters of Dense(5) on 3 inputs: 3 x 5 weights + 5 biases = 20, as TF.js counts them', () => {
    expect(ex.parameters.answer).toBe(20);
    const before = tf.memory().numTensors;
    const model = buildSoftmaxClassifier({ inputs: ex.wide.inputs, classes: ex.wide.units, seed: 1 });
    expect(model.countParams()).toBe(ex.parameters.answer);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expectGrades(ex.parameters, ['20'], ['15']);
  });

  it('steps per epoch for 1500 samples: 1200 train points in batches of 4 is 300 steps', () => {
    expect(ex.smallSplit).toEqual({ train: 1200, test: 300 });
    expect(ex.steps.answer).toBe(300);
    // Forgetting the split (1500 / 4 = 375) is wrong.
    expectGrades(ex.steps, [], ['375']);
  });

  it('arg max: class 2 is predicted, the true class 1 is not', () => {
    expect(ex.predicted).toBe(2);
    expect(ex.trueClass).toBe(1);
    expectGrades({ answer: ex.predicted }, [], ['1']);
    expect(ex.probs.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 12);
  });

  it('one epoch: the seeded run lands between 75% and 90%, below the lesson', async () => {
    expect(ex.oneEpoch.settings.epochs).toBe(1);
    const { done } = await trainPredictRun(ex.oneEpoch);
    // The explanation says the loss is already well below ln 4 after one epoch.
    expect(done.test?.loss).toBeLessThan(Math.log(4) / 2);
  });

  it('spread 5: the seeded run lands between 50% and 75%', async () => {
    expect(ex.wideSpread.settings.data).toMatchObject({ clusterStd: 5 });
    await trainPredictRun(ex.wideSpread);
  });
});
