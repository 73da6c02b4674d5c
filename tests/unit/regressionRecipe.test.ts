/**
 * The code panel of the neural-net regression: the TypeScript it shows runs in Node and prints
 * the test MSE the site's own run of the same settings reaches; the Python's NumPy and
 * scikit-learn steps run with the installed scikit-learn and give the site's data and split,
 * value for value. The Keras statements cannot run here and are not stood in for.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { regressionRecipe } from '../../src/lib/demo/regressionRecipe';
import { regressionRecipeText } from '../../src/lib/demo/regressionRecipeText';
import { experimentData } from '../../src/lib/experiments/experimentData';
import { experimentById } from '../../src/lib/experiments/registry';
import { runExperiment } from '../../src/lib/experiments/runExperiment';
import { demoKnobs } from '../../src/lib/knobs/demoKnobs';
import { settingsConfig } from '../../src/lib/knobs/settingsConfig';
import { defaultSettings } from '../../src/lib/knobs/urlSettings';
import { findPython } from '../../tools/findPython';
import { runDataSteps } from './support/runPython';
import { runTsProgram } from './support/runTsProgram';

const sine = experimentById('sine');
const knobs = (changes: Record<string, number>) => ({ ...defaultSettings(demoKnobs('sine')), ...changes }) as Parameters<typeof settingsConfig>[1];
/** The V target with one sigmoid unit and a short run: a choice far from the config's. */
const vOneUnit = settingsConfig('sine', knobs({ target: 3, hiddenUnits: 0, epochs: 20, learningRate: 0.05, seed: 7 }));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('regressionRecipe', () => {
  it.each([
    ['the config: the sine, 16 tanh units', sine],
    ['|x| / 20 with one sigmoid unit, 20 epochs, seed 7', vOneUnit],
  ])('%s: the TypeScript prints the test MSE of the site’s run', async (name, config) => {
    const { ts } = regressionRecipe(config);
    const [printed, site] = await Promise.all([
      runTsProgram(`regression-recipe-${config.data.kind}-${name.length}`, ts, 120_000),
      runExperiment(config),
    ]);
    expect(printed.stderr.match(/^\w*Error.*$/m)?.[0]).toBeUndefined();
    expect(printed.code).toBe(0);
    expect(printed.lines).toContain(`test MSE ${site.result!.loss.toFixed(4)}`);
  }, 180_000);

  it.each([
    ['the config', sine],
    ['|x| / 20, one unit', vOneUnit],
  ])('%s: the Python draws the site’s data and split', (_name, config) => {
    const { python } = regressionRecipe(config);
    const values = { x: 'x.tolist()', y: 'y.tolist()', X_test: 'X_test.tolist()', y_train: 'y_train.tolist()' };
    const r = runDataSteps(findPython(), python, values);
    const data = experimentData(config);
    expect(r.values.x).toEqual(data.all.X.map((row) => row[0]));
    expect(r.values.y).toEqual(data.all.y);
    expect(r.values.X_test).toEqual(data.XTest.map((row) => row[0]));
    expect(r.values.y_train).toEqual(data.yTrain);
    // Everything but the Keras statements ran.
    expect(r.leftOut.length).toBeGreaterThan(0);
    expect(r.ran.length).toBeGreaterThanOrEqual(5);
  });

  it('writes the chosen model, curve and training into both programs', () => {
    const one = regressionRecipe(vOneUnit);
    expect(one.python).toContain('keras.layers.Dense(1, activation="sigmoid")');
    expect(one.python).not.toContain('Dense(16');
    expect(one.python).toContain('y = np.abs(x) / 20 + 0.1 * rng.randn(len(x))');
    expect(one.python).toContain('epochs=20');
    expect(one.ts).toContain("target: 'abs'");
    expect(one.ts).toContain('buildRegressor({ inputs: 1, seed: 7 })');
    const net = regressionRecipe(settingsConfig('sine', knobs({ hiddenUnits: 5, activation: 1 })));
    expect(net.python).toContain('keras.layers.Dense(5, activation="relu")');
    expect(net.ts).toContain("hidden: [5], hiddenActivation: 'relu'");
    expect(() => regressionRecipe(experimentById('blobs4'))).toThrow(/needs a regression experiment; blobs4 is a classification/);
  });
});

describe('regressionRecipeText', () => {
  it('names the curve, the model with its parameter count, and the training', () => {
    expect(regressionRecipeText(sine)).toBe(
      'The curve is y = sin(x / 4) over 1000 points from −20 to 20, with noise of σ = 0.1. ' +
        'The model is 16 tanh units, then a linear output: 49 parameters. ' +
        'The output adds up 16 smooth steps, each placed and scaled by its own weights, so the curve can rise and fall up to 16 times. ' +
        'It trains with SGD at learning rate 0.02, batches of 8, for 300 epochs.',
    );
    const one = regressionRecipeText(vOneUnit);
    expect(one).toMatch(/^The curve is y = \|x\| \/ 20 /);
    expect(one).toContain('The model is one sigmoid unit, σ(wx + b): 2 parameters.');
  });
});
