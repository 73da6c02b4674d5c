/**
 * The 2-blob experiment as this site trained it at build time: lessonRun (the seeds and
 * code the page's worker uses, trained once per build in Node, about 1-3 s here), with the test
 * points pushed through W x, W x + b and the softmax for the figures of the "inside a linear
 * classifier" page. Sharing that one run means the Trainer's build-time results, these static
 * figures and the numbers the prose quotes all describe the same model.
 */
import { denseLayerStages, type DenseLayerStages } from '../inside/denseLayerStages';
import type { ExperimentId } from '../experiments/ExperimentConfig';
import { defaultExperimentFor } from '../experiments/registry';
import { lessonRun } from './lessonRun';
import { memoized } from './memoized';

export interface InsideClassifierRun {
  XTest: number[][];
  yTest: number[];
  /** Dense kernel (inputs x units, Keras' layout) and bias after the last epoch. */
  kernel: number[][];
  bias: number[];
  /** The test points through W x, W x + b and the softmax. */
  stages: DenseLayerStages;
  test: { loss: number; accuracy: number };
}

const loadById = memoized(load);

/** The build-time run of a two-input classifier; by default the one the page's figures show. */
export function insideClassifierRun(id: ExperimentId = defaultExperimentFor('weights')): Promise<InsideClassifierRun> {
  return loadById(id);
}

async function load(id: ExperimentId): Promise<InsideClassifierRun> {
  const run = await lessonRun(id);
  const { kernel, bias } = run.weights;
  if (run.test.accuracy === undefined) throw new Error(`The build-time run of ${id} reported no accuracy`);
  return {
    XTest: run.data.XTest,
    yTest: run.data.yTest,
    kernel,
    bias,
    stages: denseLayerStages(run.data.XTest, kernel, bias),
    test: { loss: run.test.loss, accuracy: run.test.accuracy },
  };
}
