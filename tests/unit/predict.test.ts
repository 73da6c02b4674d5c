import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionGrid } from '../../src/lib/data/decisionGrid';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { predict } from '../../src/lib/model/predict';
import { predictClasses } from '../../src/lib/model/predictClasses';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('predict and predictClasses', () => {
  it('return the same numbers as model.predict, for every row of a large grid', async () => {
    const model = buildSoftmaxClassifier({ seed: 4 });
    const grid = decisionGrid();
    const before = tf.memory().numTensors;
    const p = await predict(model, grid);
    const classes = await predictClasses(model, grid);
    expect(tf.memory().numTensors).toBe(before);
    expect(p).toHaveLength(10_000);
    const reference = tf.tidy(() => (model.predict(tf.tensor2d(grid)) as tf.Tensor).arraySync() as number[][]);
    p.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(reference[i][j], 6)));
    classes.forEach((c, i) => expect(p[i][c]).toBe(Math.max(...p[i])));
    expect(new Set(classes).size).toBeGreaterThan(1);
    model.dispose();
  });

  it('return empty arrays for no rows', async () => {
    const model = buildSoftmaxClassifier({ seed: 4 });
    expect(await predict(model, [])).toEqual([]);
    expect(await predictClasses(model, [])).toEqual([]);
    model.dispose();
  });
});
