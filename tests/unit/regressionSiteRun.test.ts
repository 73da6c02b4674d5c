import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { CURVE_POINTS, regressionSiteRun } from '../../src/lib/siteRuns/regressionSiteRun';
import { regression } from '../../src/lib/experiments';

describe('regressionSiteRun: the build-time regression run', () => {
  it('reaches the lesson’s test MSE with a unit close to w = −1, b = 0', async () => {
    const run = await regressionSiteRun();
    expect(run.status).toBe('completed');
    expect(run.epochs).toBe(regression.training.epochs);
    expect(run.testMse).toBeLessThanOrEqual(regression.lesson!.loss);
    // Within the noise floor's finite-sample spread of 0.01 (about 0.001 on 200 test points).
    expect(Math.abs(run.testMse - 0.01)).toBeLessThan(0.002);
    expect(run.history.at(-1)!.valLoss).toBeCloseTo(run.testMse, 6);
    expect(run.w).toBeGreaterThan(-1.1);
    expect(run.w).toBeLessThan(-0.9);
    expect(Math.abs(run.b)).toBeLessThan(0.1);
  });

  it('samples the fitted curve across [−20, 20], falling from 1 to 0', async () => {
    const { curve } = await regressionSiteRun();
    expect(curve.x).toHaveLength(CURVE_POINTS);
    expect(curve.x[0]).toBe(-20);
    expect(curve.x.at(-1)).toBe(20);
    expect(curve.y[0]).toBeGreaterThan(0.99);
    expect(curve.y.at(-1)).toBeLessThan(0.01);
    for (let i = 1; i < curve.y.length; i++) expect(curve.y[i]).toBeLessThanOrEqual(curve.y[i - 1]);
  });

  it('runs once per build, frees its model, and gives the same numbers as a fresh run', async () => {
    const a = await regressionSiteRun();
    expect(await regressionSiteRun()).toBe(a);
    expect(tf.memory().numTensors).toBe(0);
    const { runExperiment } = await import('../../src/lib/experiments');
    const again = await runExperiment(regression);
    expect(again.result!.loss).toBe(a.testMse);
    expect(again.weights.kernel[0][0]).toBe(a.w);
  });
});

describe('regressionSiteRun with another training seed', () => {
  it('seeds both the initial weight and the shuffle, like the demo’s seed knob', async () => {
    const { runExperiment } = await import('../../src/lib/experiments');
    const a = await regressionSiteRun(1);
    const b = await runExperiment({ ...regression, model: { ...regression.model, seed: 1 }, training: { ...regression.training, seed: 1 } });
    expect(a.testMse).toBe(b.result!.loss);
    expect(a.config.training.seed).toBe(1);
    expect(a.config.model.seed).toBe(1);
    expect(await regressionSiteRun(1)).toBe(a);
    expect(await regressionSiteRun()).not.toBe(a);
  });
});
