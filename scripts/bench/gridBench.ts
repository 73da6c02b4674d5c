/**
 * The decision-grid prediction of `npm run bench`: the 4-blob model trained with the lesson's
 * run, then the 100x100 grid over [-20, 20]² (10,000 points) pushed through it three ways and
 * read back as numbers, which is what the decision-boundary figure needs after every epoch:
 * model.predict with its default batch of 32, one batch of the whole grid (predictOnBatch,
 * what the worker does), and softmax(W x + b) from the trained weights in plain TypeScript.
 */
import { LESSON_GRID } from '../../src/lib/experiments/registry';
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { denseSoftmax } from '../../src/lib/demo/denseSoftmax';
import { decisionGrid } from '../../src/lib/data/decisionGrid';
import { blobs4, buildExperimentModel, experimentData } from '../../src/lib/experiments';
import { train } from '../../src/lib/model/train';

export type GridMethod = 'predictDefault' | 'oneBatch' | 'plainTS';

export interface GridRow {
  backend: string;
  method: GridMethod;
  points: number;
  medianMs: number;
  runsMs: number[];
  /** Largest difference of any probability from the plain-TypeScript ones: the same job was done. */
  maxAbsDiff: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function viaTfjs(model: LayersModel, grid: tf.Tensor2D, method: 'predictDefault' | 'oneBatch'): Promise<Float32Array> {
  const out = (method === 'oneBatch' ? model.predictOnBatch(grid) : model.predict(grid)) as tf.Tensor2D;
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return values;
}

/** Times each method `repeats` times after one warm-up, on the active backend. */
export async function runGridBench(repeats: number): Promise<GridRow[]> {
  const backend = tf.getBackend();
  const data = experimentData(blobs4);
  const model = buildExperimentModel(blobs4.model);
  const points = decisionGrid(LESSON_GRID);
  const grid = tf.tensor2d(points);
  try {
    await train(model, { x: data.XTrain, y: data.yTrainRows }, blobs4.training);
    const [kernel, bias] = model.getWeights().map((w) => w.arraySync()) as [number[][], number[]];
    const reference = denseSoftmax({ kernel, bias }, points).flat();
    const rows: GridRow[] = [];
    for (const method of ['predictDefault', 'oneBatch', 'plainTS'] as const) {
      const once = async (): Promise<ArrayLike<number>> =>
        method === 'plainTS' ? denseSoftmax({ kernel, bias }, points).flat() : viaTfjs(model, grid, method);
      await once();
      const runs: number[] = [];
      let last: ArrayLike<number> = [];
      for (let r = 0; r < repeats; r++) {
        const t0 = performance.now();
        last = await once();
        runs.push(performance.now() - t0);
      }
      let maxAbsDiff = 0;
      for (let i = 0; i < reference.length; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(last[i] - reference[i]));
      rows.push({ backend, method, points: points.length, medianMs: median(runs), runsMs: runs, maxAbsDiff });
    }
    return rows;
  } finally {
    grid.dispose();
    model.dispose();
  }
}
