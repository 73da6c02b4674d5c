import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { decisionGrid } from '../data/decisionGrid';
import { linspace } from '../data/linspace';
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
 * classifier, the x axis of the regression's curve. Their tensors are made once per run and the
 * grid's classes are taken on the backend: building 10,000 nested rows each epoch cost the
 * page's thread tasks of 50-140 ms in the fallback mode. Call dispose() when the run ends.
 */
export class LiveProbes {
  private readonly grid: tf.Tensor2D | undefined;
  private readonly curve: tf.Tensor2D | undefined;
  private readonly curveX: number[] | undefined;
  private readonly chunkRows: number;

  constructor(data: ExperimentData, options: ProbeOptions = {}) {
    this.chunkRows = options.chunkRows ?? Infinity;
    if (data.kind === 'classification') {
      this.grid = tf.tensor2d(decisionGrid(options.grid ?? {}));
    } else {
      const xs = data.all.X.map((r) => r[0]);
      this.curveX = linspace(Math.min(...xs), Math.max(...xs), CURVE_POINTS);
      this.curve = tf.tensor2d(this.curveX, [this.curveX.length, 1]);
    }
  }

  async predict(model: LayersModel, chunkRows = this.chunkRows): Promise<LivePredictions> {
    const out: LivePredictions = {};
    if (Number.isFinite(chunkRows)) await yieldToEventLoop();
    if (this.grid) out.gridClasses = await this.gridClasses(model, this.grid, chunkRows);
    if (this.curve && this.curveX) {
      const curve = this.curve;
      const y = tf.tidy(() => tf.reshape(model.predictOnBatch(curve) as tf.Tensor2D, [-1]));
      out.curve = { x: this.curveX, y: Array.from(await y.data()) };
      y.dispose();
    }
    return out;
  }

  dispose(): void {
    tf.dispose([...(this.grid ? [this.grid] : []), ...(this.curve ? [this.curve] : [])]);
  }

  private async gridClasses(model: LayersModel, grid: tf.Tensor2D, chunkRows: number): Promise<number[]> {
    const rows = grid.shape[0];
    const step = Math.min(rows, chunkRows);
    const classes: number[] = [];
    for (let start = 0; start < rows; start += step) {
      if (start > 0) await yieldToEventLoop();
      const size = Math.min(step, rows - start);
      const part = tf.tidy(() => {
        const x = size === rows ? grid : tf.slice(grid, [start, 0], [size, -1]);
        return tf.argMax(model.predictOnBatch(x) as tf.Tensor2D, 1);
      });
      const values = await part.data();
      part.dispose();
      for (const v of values) classes.push(v);
    }
    return classes;
  }
}
