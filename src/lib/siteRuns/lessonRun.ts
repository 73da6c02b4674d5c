/**
 * The lesson's experiments trained once at build time (in Node, with the same seeds and code
 * the page's worker uses), so the static figures and the numbers under them show a real run of
 * this site's model rather than typed-in values. Measured here: 4 blobs 0.7 s, 2 blobs 1.0 s,
 * regression 0.25 s. Each experiment runs at most once per build, however many components ask.
 */
import { memoized } from './memoized';
import { experimentGrid } from '../experiments/registry';
import { hasHiddenLayer } from '../experiments/hasHiddenLayer';
import '@tensorflow/tfjs-backend-cpu';
import { decisionGrid } from '../data/decisionGrid';
import { runExperiment, type ExperimentConfig, type ExperimentData, type ExperimentId } from '../experiments';
import { experimentById } from '../experiments/registry';
import { denseSoftmax } from '../demo/denseSoftmax';
import { linearScores } from '../math/linearScores';
import type { DenseLayerWeights } from '../model';
import type { EpochMetrics } from '../training/protocol';
import { argMax } from '../math/argMax';
import { kernelToW } from '../math/kernelToW';

export interface LessonRun {
  config: ExperimentConfig;
  data: ExperimentData;
  history: EpochMetrics[];
  test: { loss: number; accuracy?: number };
  weights: DenseLayerWeights;
  /** Classifiers: softmax probabilities and predicted class of each test point. */
  testProbabilities: number[][];
  testClasses: number[];
  /** Classifiers: predicted class of each point of the experiment's grid (the lesson's 100 x 100 over [-20, 20]^2). */
  gridClasses: number[];
  seconds: number;
}

const trainOnceById = memoized(trainOnce);

export function lessonRun(id: ExperimentId): Promise<LessonRun> {
  return trainOnceById(id);
}

async function trainOnce(id: ExperimentId): Promise<LessonRun> {
  const config = experimentById(id);
  const deep = hasHiddenLayer(config.model);
  // A hidden layer's outputs need the model itself: its grid classes come from the run's probes.
  const r = await runExperiment(config, deep && config.kind === 'classification' ? { live: { grid: experimentGrid(config), everyEpoch: false } } : {});
  if (!r.result) throw new Error(`The build-time run of ${id} diverged: ${r.training.reason ?? ''}`);
  const history = r.training.history.map(({ weights: _w, ...m }) => m);
  const out: LessonRun = {
    config,
    data: r.data,
    history,
    test: r.result,
    weights: r.weights,
    testProbabilities: [],
    testClasses: [],
    gridClasses: [],
    seconds: r.seconds,
  };
  if (deep && config.kind === 'classification') {
    out.testProbabilities = r.testOutputs;
    out.testClasses = r.yPred;
    out.gridClasses = r.predictions?.gridClasses ?? [];
  } else if (config.kind === 'classification') {
    // The classifiers are one Dense layer then a softmax, so plain maths on its weights gives
    // exactly the model's outputs (Keras' kernel is inputs x units: W is its transpose).
    const { kernel, bias } = r.weights;
    const W = kernelToW(kernel, bias.length);
    out.testProbabilities = denseSoftmax(r.weights, r.data.XTest);
    out.testClasses = out.testProbabilities.map((p) => argMax(p));
    out.gridClasses = decisionGrid(experimentGrid(config)).map((x) => argMax(linearScores(W, x, bias)));
  }
  return out;
}
