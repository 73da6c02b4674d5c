import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSoftmaxClassifier } from '../../src/lib/model/buildSoftmaxClassifier';
import { disposeModel } from '../../src/lib/model/disposeModel';
import { predict } from '../../src/lib/model/predict';
import { LiveCount } from './support/liveCount';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** One model's life, in its own function so that no frame still holds the model afterwards. */
async function predictOnce(seed: number, layers: LiveCount): Promise<void> {
  const model = buildSoftmaxClassifier({ seed });
  await predict(model, [[0, 0]]);
  layers.watch(model.layers[0]);
  disposeModel(model);
}

describe('disposeModel', () => {
  it('leaves no layer of the models it disposed reachable, however many have predicted', async () => {
    const layers = new LiveCount();
    for (let seed = 0; seed < 5; seed++) await predictOnce(seed, layers);
    expect(await layers.alive()).toBe(0);
  });

  it('frees the weights, and a model still in use predicts the same numbers after it', async () => {
    const before = tf.memory().numTensors;
    const kept = buildSoftmaxClassifier({ seed: 1 });
    const x = [[0.5, -1], [2, 3]];
    const first = await predict(kept, x);
    const withKept = tf.memory().numTensors;
    const other = buildSoftmaxClassifier({ seed: 2 });
    await predict(other, x);
    disposeModel(other);
    expect(tf.memory().numTensors).toBe(withKept);
    expect(await predict(kept, x)).toEqual(first);
    disposeModel(kept);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps TF.js Layers caching plans as many models as before', () => {
    const entries = tf.env().getNumber('TOPOLOGICAL_SORT_CACHE_MAX_ENTRIES');
    disposeModel(buildSoftmaxClassifier({ seed: 3 }));
    expect(tf.env().getNumber('TOPOLOGICAL_SORT_CACHE_MAX_ENTRIES')).toBe(entries);
  });
});
