/**
 * The program that trains a regression as a reader has set it: the data (its target curve,
 * points, noise and seed), the model (one sigmoid unit or a hidden layer) and the training, in
 * Keras and in TypeScript. The demo's code panel shows it and rewrites it when a knob changes;
 * tests/unit/regressionRecipe.test.ts runs the TypeScript and checks it prints what the demo's
 * run reports, and runs the Python's NumPy and scikit-learn steps against the site's data.
 */
import type { RegressionTarget } from '../data/regressionTarget';
import type { ExperimentConfig } from '../experiments/ExperimentConfig';
import { PROGRAM_BACKEND_IMPORT } from '../samples/pageProgram';
import { regressionModel } from './regressionModel';

/** Each target as NumPy computes it, over the array x. */
const NUMPY_TARGET: Record<RegressionTarget, string> = {
  sigmoid: '1 / (1 + np.exp(x))',
  sine: 'np.sin(x / 4)',
  step: 'np.where(x < 0, 1.0, 0.0)',
  abs: 'np.abs(x) / 20',
};

export interface RegressionRecipe {
  python: string;
  ts: string;
}

/** Settings a recipe needs, read from an experiment config with the reader's overrides applied. */
function recipeSettings(config: ExperimentConfig) {
  const { data, model, training } = config;
  if (data.kind !== 'regression' || model.builder !== 'regressor') {
    throw new TypeError(`regressionRecipe needs a regression experiment; ${config.id} is a ${config.kind}.`);
  }
  const hidden = model.hidden[0] ?? 0;
  const activation = model.hiddenActivation ?? 'tanh';
  return { data, target: data.target ?? 'sigmoid', hidden, activation, seed: model.seed, training, model: regressionModel({ hidden, activation }) };
}

export function regressionRecipe(config: ExperimentConfig): RegressionRecipe {
  return { python: python(config), ts: ts(config) };
}

function python(config: ExperimentConfig): string {
  const s = recipeSettings(config);
  const t = s.training;
  const layers =
    s.hidden === 0
      ? ['    keras.layers.Dense(1, activation="sigmoid"),']
      : [`    keras.layers.Dense(${s.hidden}, activation="${s.activation}"),`, '    keras.layers.Dense(1),  # linear: any real value'];
  return [
    'import numpy as np',
    'import keras',
    'from sklearn.model_selection import train_test_split',
    '',
    `x = np.linspace(-20, 20, ${s.data.n})`,
    `rng = np.random.RandomState(${s.data.seed})`,
    `y = ${NUMPY_TARGET[s.target]} + ${s.data.noise} * rng.randn(len(x))`,
    `X_train, X_test, y_train, y_test = train_test_split(x, y, test_size=${s.data.testSize}, random_state=${s.data.splitSeed})`,
    '',
    `# ${capitalise(s.model.name)}: ${s.model.parameters} parameters.`,
    `keras.utils.set_random_seed(${s.seed})  # Keras draws its own starting weights`,
    'model = keras.Sequential([',
    '    keras.Input(shape=(1,)),',
    ...layers,
    '])',
    `model.compile(optimizer=keras.optimizers.SGD(learning_rate=${t.learningRate}), loss="mean_squared_error")`,
    `model.fit(X_train, y_train, batch_size=${t.batchSize}, epochs=${t.epochs}, validation_data=(X_test, y_test), verbose=0)`,
    'print("test MSE", round(model.evaluate(X_test, y_test, verbose=0), 4))',
  ].join('\n');
}

function ts(config: ExperimentConfig): string {
  const s = recipeSettings(config);
  const t = s.training;
  const layer = s.hidden === 0 ? '' : ` hidden: [${s.hidden}], hiddenActivation: '${s.activation}',`;
  return [
    `${PROGRAM_BACKEND_IMPORT} // TF.js on the CPU, as in Node`,
    "import { regressionData, trainTestSplit } from '../src/lib/data';",
    "import { buildRegressor, evaluate, train } from '../src/lib/model';",
    '',
    `const { x, y } = regressionData({ n: ${s.data.n}, noise: ${s.data.noise}, seed: ${s.data.seed}, target: '${s.target}' });`,
    `const { XTrain, XTest, yTrain, yTest } = trainTestSplit(x, y, { testSize: ${s.data.testSize}, randomState: ${s.data.splitSeed} });`,
    'const column = (v: number[]) => v.map((value) => [value]);',
    '',
    `// ${capitalise(s.model.name)}: ${s.model.parameters} parameters.`,
    `const model = buildRegressor({ inputs: 1,${layer} seed: ${s.seed} });`,
    'await train(',
    '  model,',
    '  { x: column(XTrain), y: column(yTrain), validation: { x: column(XTest), y: column(yTest) } },',
    `  { learningRate: ${t.learningRate}, loss: 'meanSquaredError', batchSize: ${t.batchSize}, epochs: ${t.epochs}, seed: ${t.seed} },`,
    ');',
    "const { loss } = await evaluate(model, column(XTest), column(yTest), 'meanSquaredError');",
    "console.log('test MSE', loss.toFixed(4));",
  ].join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
