/**
 * The beyond-linear page's exercises: each computed answer checked against numbers worked out
 * here, and each predict run trained in Node to pin the option its explanation names, with the
 * trained hidden layer read back to check what the explanation says about its units.
 */
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { beyondLinearExercises as ex, maxPlaneRegions } from '../../src/lib/exercises/pages/beyondLinear';
import { expectGrades } from './support/expectGrades';
import { trainInNode, trainPredictRun } from './support/trainPredictRun';
import { runExperiment } from '../../src/lib/experiments/runExperiment';
import { experimentById } from '../../src/lib/experiments/registry';

/** The same run through runExperiment, for its hidden layer: the share of training points each unit is switched on for. */
async function unitsOn(id: 'moons' | 'circles', hidden: number): Promise<{ accuracy?: number; on: number[] }> {
  const run = await runExperiment(experimentById(id), { overrides: { model: { hidden } } });
  const { kernel, bias } = run.weights;
  const X = run.data.XTrain;
  const on = bias.map((b, j) => X.filter((x) => x[0]! * kernel[0]![j]! + x[1]! * kernel[1]![j]! + b > 0).length / X.length);
  return { accuracy: run.result?.accuracy, on };
}

describe('beyond-linear page exercises', () => {
  it('parameters of Dense(8, relu) then Dense(2, softmax) on 2 inputs: 2·8 + 8 and 8·2 + 2, 42 in all', () => {
    expect(ex.ringUnits).toBe(8);
    expect(ex.ringParams).toEqual({ answer: 42, hidden: 24, output: 18 });
    // Weights without the biases, or one layer only, are wrong.
    expectGrades(ex.ringParams, ['42'], ['32', '24', '18']);
  });

  it('16 lines cut the plane into at most 1 + 16 + 120 = 137 regions', () => {
    expect([0, 1, 2, 3, 4].map(maxPlaneRegions)).toEqual([1, 2, 4, 7, 11]);
    expect(ex.moonUnits).toBe(16);
    expect(ex.regions).toEqual({ answer: 137, crossings: 120 });
    expect(1 + ex.moonUnits + ex.regions.crossings).toBe(ex.regions.answer);
    expectGrades(ex.regions, ['137'], ['17']);
    expect(() => maxPlaneRegions(-1)).toThrow(/whole number of lines/);
    expect(() => maxPlaneRegions(1.5)).toThrow(/whole number of lines/);
  });

  it('two linear layers: only the product W2 W1 is right, and every option is explained', () => {
    expect(ex.noActivationOptions.map((o) => o.correct)).toEqual([true, false, false, false]);
    for (const o of ex.noActivationOptions) expect(o.why.length).toBeGreaterThan(40);
  });

  it('the predict runs change only the hidden units, and train at the page’s seeds', () => {
    expect(ex.oneUnitRun.settings).toMatchObject({ experiment: 'circles', model: { hidden: 1 }, epochs: 100, seed: 1, livePredictions: false });
    expect(ex.twoUnitRun.settings).toMatchObject({ experiment: 'moons', model: { hidden: 2 }, epochs: 100, seed: 1, livePredictions: false });
  });

  it('circles with 1 unit: the run ends at chance, its one unit switched off for every training point', async () => {
    const { done } = await trainPredictRun(ex.oneUnitRun);
    // The same run through runExperiment, whose weights the explanation describes.
    const same = await unitsOn('circles', 1);
    expect(same.accuracy).toBe(done.test?.accuracy);
    expect(same.on).toEqual([0]);
    expect(done.test?.loss).toBeCloseTo(Math.log(2), 3);
    expect(done.test?.accuracy).toBe(0.5);
  });

  it('moons with 2 units: below 0.9, one of the units switched on for nearly every training point', async () => {
    const { done } = await trainPredictRun(ex.twoUnitRun);
    const same = await unitsOn('moons', 2);
    expect(same.accuracy).toBe(done.test?.accuracy);
    expect(Math.max(...same.on)).toBeGreaterThan(0.85);
    // The explanation says the accuracy stays near the straight line's, and that three units
    // with the same seeds already do better.
    const line = await runExperiment(experimentById('moons-linear'));
    expect(Math.abs(done.test!.accuracy! - line.result!.accuracy!)).toBeLessThan(0.02);
    const three = await trainInNode({ ...ex.twoUnitRun.settings, model: { ...ex.twoUnitRun.settings.model, hidden: 3 } });
    expect(three.test!.accuracy!).toBeGreaterThan(done.test!.accuracy!);
  });
});
