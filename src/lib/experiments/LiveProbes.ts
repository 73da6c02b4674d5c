import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { decisionGrid } from '../data/decisionGrid';
import { linspace } from '../data/linspace';
import { rowArgMax } from '../math/rowArgMax';
import { readDenseStack, type DenseStackLayer } from '../model/denseStack';
import { denseStackForward } from '../model/denseStackForward';
import { yieldToEventLoop } from '../model/yieldToEventLoop';
import type { LivePredictions } from '../training/protocol';
import { CURVE_POINTS } from './registry';
import type { ExperimentData } from './experimentData';

export interface ProbeOptions {
  /** Decision grid for classifiers; decisionGrid's defaults are the lesson's 100 x 100 over [-20, 20]^2. */
  grid?: { n: number; extent: number };
  /**
   * Rows per task when predicting the grid, with a yield between tasks (and before the first):
   * for a page's own thread, where the whole grid in one go took 40-90 ms under 4x CPU throttling.
   */
  chunkRows?: number;
}

/**
 * The inputs the figures ask the model about while it learns: the decision grid of a
 * classifier, the x axis of the regression's curve.
 *
 * Every model of the lesson is a stack of Dense layers, so its weights are read out once per
 * prediction (a few dozen numbers) and the probes go through them in plain arithmetic
 * (denseStackForward): on the CPU backend a 10,000-point grid took 7-10 ms through
 * predictOnBatch and takes about 1 ms this way. Any other model is asked through TF.js, its probe
 * tensors made on first use. The classes agree with TF.js' except where a cell's two best
 * scores are equal to float32 precision. Call dispose() when the run ends.
 */
export class LiveProbes {
  private readonly gridX: Float64Array | undefined;
  private readonly curveX: number[] | undefined;
  private readonly chunkRows: number;
  private tensors: { grid?: tf.Tensor2D; curve?: tf.Tensor2D } = {};

  constructor(data: ExperimentData, options: ProbeOptions = {}) {
    this.chunkRows = options.chunkRows ?? Infinity;
    if (data.kind === 'classification') {
      this.gridX = Float64Array.from(decisionGrid(options.grid ?? {}).flat());
    } else {
      const xs = data.all.X.map((r) => r[0]);
      this.curveX = linspace(Math.min(...xs), Math.max(...xs), CURVE_POINTS);
    }
  }

  async predict(model: LayersModel, chunkRows = this.chunkRows): Promise<LivePredictions> {
    const out: LivePredictions = {};
    const stack = await readDenseStack(model);
    if (Number.isFinite(chunkRows)) await yieldToEventLoop();
    if (this.gridX) out.gridClasses = await this.gridClasses(model, stack, this.gridX, chunkRows);
    if (this.curveX) {
      const y = stack ? denseStackForward(stack, this.curveX, this.curveX.length) : await this.tfCurve(model, this.curveX);
      out.curve = { x: this.curveX, y: Array.from(y) };
    }
    return out;
  }

  dispose(): void {
    tf.dispose(Object.values(this.tensors));
    this.tensors = {};
  }

  private async gridClasses(model: LayersModel, stack: DenseStackLayer[] | undefined, gridX: Float64Array, chunkRows: number): Promise<number[]> {
    const rows = gridX.length / 2;
    const step = Math.min(rows, chunkRows);
    const classes: number[] = [];
    for (let start = 0; start < rows; start += step) {
      if (start > 0) await yieldToEventLoop();
      const size = Math.min(step, rows - start);
      const part = stack ? plainClasses(stack, gridX.subarray(start * 2, (start + size) * 2), size) : await this.tfClasses(model, gridX, start, size);
      for (let k = 0; k < part.length; k++) classes.push(part[k]);
    }
    return classes;
  }

  private async tfClasses(model: LayersModel, gridX: Float64Array, start: number, size: number): Promise<ArrayLike<number>> {
    const grid = (this.tensors.grid ??= tf.tensor2d(Float32Array.from(gridX), [gridX.length / 2, 2]));
    const part = tf.tidy(() => {
      const x = size === grid.shape[0] ? grid : tf.slice(grid, [start, 0], [size, -1]);
      return tf.argMax(model.predictOnBatch(x) as tf.Tensor2D, 1);
    });
    const values = await part.data();
    part.dispose();
    return values;
  }

  private async tfCurve(model: LayersModel, curveX: number[]): Promise<ArrayLike<number>> {
    const curve = (this.tensors.curve ??= tf.tensor2d(curveX, [curveX.length, 1]));
    const y = tf.tidy(() => tf.reshape(model.predictOnBatch(curve) as tf.Tensor2D, [-1]));
    const values = await y.data();
    y.dispose();
    return values;
  }
}

function plainClasses(stack: readonly DenseStackLayer[], x: Float64Array, rows: number): number[] {
  const out = denseStackForward(stack, x, rows);
  return rowArgMax(out, stack.at(-1)!.units);
}
