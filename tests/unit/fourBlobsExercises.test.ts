/**
 * The four-blobs page's exercises: each computed answer checked against numbers worked out here
 * (and the parameter count against a real TF.js layer), and each predict run trained in Node to
 * pin the option its explanation names.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { fourBlobsExercises as ex } from '../../src/lib/exercises/pages/fourBlobs';
import { checkNumeric } from '../../src/lib/exercises/checkNumeric';
import { predictOutcome } from '../../src/lib/exercises/predictOutcome';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
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

describe('four-blobs page exercises', () => {
  it('parameters of Dense(5) on 3 inputs: 3 x 5 weights + 5 biases = 20, as TF.js counts them', () => {
    expect(ex.parameters.answer).toBe(20);
    const before = tf.memory().numTensors;
    const model = buildSoftmaxClassifier({ inputs: ex.wide.inputs, classes: ex.wide.units, seed: 1 });
    expect(model.countParams()).toBe(ex.parameters.answer);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(checkNumeric('20', ex.parameters.answer, {}).status).toBe('right');
    expect(checkNumeric('15', ex.parameters.answer, {}).status).toBe('wrong');
  });

  it('steps per epoch for 1500 samples: 1200 train points in batches of 4 is 300 steps', () => {
    expect(ex.smallSplit).toEqual({ train: 1200, test: 300 });
    expect(ex.steps.answer).toBe(300);
    // Forgetting the split (1500 / 4 = 375) is wrong.
    expect(checkNumeric('375', ex.steps.answer, {}).status).toBe('wrong');
  });

  it('arg max: class 2 is predicted, the true class 1 is not', () => {
    expect(ex.predicted).toBe(2);
    expect(ex.trueClass).toBe(1);
    expect(checkNumeric('1', ex.predicted, {}).status).toBe('wrong');
    expect(ex.probs.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 12);
  });

  it('one epoch: the seeded run lands between 75% and 90%, below the lesson', async () => {
    const done = await train(ex.oneEpoch.settings);
    expect(done.status).toBe('completed');
    expect(ex.oneEpoch.settings.epochs).toBe(1);
    expect(predictOutcome(done, ex.oneEpoch.metric, ex.oneEpoch.options).index).toBe(ex.oneEpoch.expected);
    // The explanation says the loss is already well below ln 4 after one epoch.
    expect(done.test?.loss).toBeLessThan(Math.log(4) / 2);
  });

  it('spread 5: the seeded run lands between 50% and 75%', async () => {
    const done = await train(ex.wideSpread.settings);
    expect(done.status).toBe('completed');
    expect(ex.wideSpread.settings.data).toMatchObject({ clusterStd: 5 });
    expect(predictOutcome(done, ex.wideSpread.metric, ex.wideSpread.options).index).toBe(ex.wideSpread.expected);
  });
});
