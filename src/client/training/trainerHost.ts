/**
 * Everything that happens on the training side of the protocol, written once and run in two
 * places: inside the worker (trainer.worker.ts) and, when no worker can start, in the page
 * itself (TrainingSession's fallback). It owns every tensor it makes: after each run the model
 * is disposed and tf.memory().numTensors is back where it started.
 */
import { CURVE_POINTS, isExperimentId } from '../../lib/experiments/registry';
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { decisionGrid, linspace } from '../../lib/data';
import { buildExperimentModel } from '../../lib/experiments';
import {
  evaluate,
  predict,
  train,
  yieldToEventLoop,
  type EpochEvent,
  type LossName,
} from '../../lib/model';
import { prepareData, type PreparedData } from '../../lib/training/prepareData';
import type {
  BackendName,
  DenseWeights,
  DoneMessage,
  FinalPredictions,
  LivePredictions,
  PageMessage,
  RunStatus,
  TrainMessage,
  TrainSettings,
  WorkerMessage,
} from '../../lib/training/protocol';
import { PROGRESS_INTERVAL_MS } from '../../lib/training/protocol';
import { selectBackend } from './selectBackend';
import { argMax } from '../../lib/math/argMax';

export interface TrainerHostOptions {
  /**
   * True when the host shares the page's thread: the loop then yields every few steps so no
   * task blocks input for long. In a worker it yields less often, only so `stop` can arrive.
   */
  mainThread?: boolean;
}

export interface TrainerHost {
  /** Resolves once the first backend is up (and `ready` has been emitted). */
  ready: Promise<BackendName>;
  handle(message: PageMessage): void;
  /** Resolves when the host has released everything after a `dispose`. */
  closed: Promise<void>;
}

/** Points of the regression curve drawn while the model learns. */

export function createTrainerHost(emit: (m: WorkerMessage) => void, options: TrainerHostOptions = {}): TrainerHost {
  // Steps between yields. A step costs about 0.05 ms (batch 4) to 0.3 ms (batch 128) here;
  // 4x slower machines still stay far below 50 ms a task on the main thread.
  const yieldEvery = options.mainThread ? 25 : 200;
  const chunkRows = options.mainThread ? 2500 : Infinity;
  let backend: BackendName = 'cpu';
  let current: { runId: number; controller: AbortController; finished: Promise<void> } | undefined;
  let disposed = false;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((r) => (resolveClosed = r));

  const ready = selectBackend().then((b) => {
    backend = b;
    emit({ type: 'ready', backend: b });
    return b;
  });

  /** Runs one training to its end and returns its `done` message, every tensor already freed. */
  async function runOnce(message: TrainMessage, signal: AbortSignal): Promise<DoneMessage> {
    const { runId, settings } = message;
    const started = performance.now();
    const data = prepareData(settings.experiment, settings.data);
    if (settings.sendData) {
      emit({
        type: 'data',
        runId,
        kind: data.kind,
        xTrain: data.xTrain,
        yTrain: data.yTrain,
        xTest: data.xTest,
        yTest: data.yTest,
      });
    }
    const loss: LossName = data.config.training.loss;
    const grid = data.kind === 'classification' ? decisionGrid(settings.grid ?? {}) : undefined;
    const curveX = data.kind === 'regression' ? curveAxis(data) : undefined;
    const model = buildExperimentModel({ ...data.config.model, seed: settings.initSeed ?? settings.seed });
    const probes = new Probes(grid, curveX);
    try {
      let lastProgress = 0;
      const trainStarted = performance.now();
      const result = await train(
        model,
        { x: data.xTrain, y: data.yTrainRows, validation: { x: data.xTest, y: data.yTestRows } },
        {
          epochs: settings.epochs,
          batchSize: settings.batchSize,
          learningRate: settings.learningRate,
          loss,
          seed: settings.seed,
          signal,
          yieldEvery,
          onProgress: (p) => {
            const now = performance.now();
            if (p.step < p.stepsPerEpoch && now - lastProgress < PROGRESS_INTERVAL_MS) return;
            lastProgress = now;
            emit({ type: 'progress', runId, epoch: p.epoch, step: p.step, stepsPerEpoch: p.stepsPerEpoch });
          },
          onEpoch: async (event: EpochEvent) => {
            let predictions: LivePredictions | undefined;
            if (settings.livePredictions) {
              // On the page's thread the epoch's metrics and the grid each get their own task.
              if (options.mainThread) await yieldToEventLoop();
              predictions = await probes.predict(model, chunkRows);
            }
            emit({
              type: 'epoch',
              runId,
              event,
              progress: event.epoch / settings.epochs,
              ...(predictions ? { predictions } : {}),
            });
          },
        },
      );
      const trainMs = performance.now() - trainStarted;
      const status: RunStatus = result.status === 'aborted' ? 'stopped' : result.status;
      const done: DoneMessage = {
        type: 'done',
        runId,
        status,
        epochsRun: result.history.length,
        backend,
        history: result.history.map(({ weights: _weights, ...metrics }) => metrics),
        trainMs,
        totalMs: 0,
      };
      if (result.reason) done.reason = result.reason;
      if (status !== 'diverged') {
        done.weights = await readFirstDense(model);
        done.test = await evaluate(model, data.xTest, data.yTestRows, loss);
        done.predictions = await finalPredictions(model, data, probes);
      }
      done.totalMs = performance.now() - started;
      return done;
    } finally {
      probes.dispose();
      model.dispose();
    }
  }

  function startRun(message: TrainMessage): void {
    if (disposed) return;
    if (current) {
      emit({ type: 'error', runId: message.runId, message: 'A training run is already in progress.' });
      return;
    }
    const problem = settingsProblem(message.settings);
    if (problem) {
      emit({ type: 'error', runId: message.runId, message: problem });
      return;
    }
    const controller = new AbortController();
    // The run is released before its last message goes out, so a page that starts the next run
    // (or asks for memory) from its `done` handler finds the host idle and the tensors freed.
    const release = () => {
      if (current?.runId === message.runId) current = undefined;
    };
    const finished = ready
      .then(() => runOnce(message, controller.signal))
      .then(
        (done) => {
          release();
          emit(done);
        },
        (err: unknown) => {
          release();
          emit({ type: 'error', runId: message.runId, message: err instanceof Error ? err.message : String(err) });
        },
      );
    current = { runId: message.runId, controller, finished };
  }

  return {
    ready,
    closed,
    handle(message: PageMessage): void {
      switch (message.type) {
        case 'train':
          startRun(message);
          return;
        case 'stop':
          if (current?.runId === message.runId) current.controller.abort();
          return;
        case 'memory': {
          const m = tf.memory();
          emit({ type: 'memory', numTensors: m.numTensors, numBytes: m.numBytes, running: current !== undefined });
          return;
        }
        case 'dispose': {
          if (disposed) return;
          disposed = true;
          current?.controller.abort();
          const pending = current?.finished ?? Promise.resolve();
          void pending.then(() => {
            tf.disposeVariables();
            resolveClosed();
          });
          return;
        }
      }
    },
  };
}

const DATA_CAPS: Record<string, number> = { nSamples: 200_000, n: 200_000, centers: 100 };

/** Why `s` cannot be trained, or undefined; the text reaches the page as the run's error. */
function settingsProblem(s: TrainSettings): string | undefined {
  if (!isExperimentId(s.experiment)) return `Unknown experiment ${String(s.experiment)}.`;
  for (const [key, value] of Object.entries(s.data ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `data.${key} must be a finite number; got ${String(value)}.`;
    // The controls stop far below these; the caps keep a crafted message from exhausting memory.
    const cap = DATA_CAPS[key];
    if (cap !== undefined && Math.abs(value) > cap) return `data.${key} must be at most ${cap}; got ${value}.`;
  }
  if (s.epochs > 10_000) return `epochs must be at most 10000; got ${s.epochs}.`;
  if (s.grid && !(Number.isInteger(s.grid.n) && s.grid.n >= 2 && s.grid.n <= 400 && s.grid.extent > 0)) {
    return 'grid must have n between 2 and 400 and a positive extent.';
  }
  for (const name of ['epochs', 'batchSize'] as const) {
    if (!Number.isInteger(s[name]) || s[name] < 1) return `${name} must be a whole number of at least 1; got ${s[name]}.`;
  }
  if (!Number.isInteger(s.seed)) return `seed must be a whole number; got ${s.seed}.`;
  if (s.initSeed !== undefined && !Number.isInteger(s.initSeed)) return `initSeed must be a whole number; got ${s.initSeed}.`;
  if (!(Number.isFinite(s.learningRate) && s.learningRate > 0)) {
    return `learningRate must be a positive number; got ${s.learningRate}.`;
  }
  return undefined;
}

function curveAxis(data: PreparedData): number[] {
  const xs = [...data.xTrain, ...data.xTest].map((r) => r[0]);
  return linspace(Math.min(...xs), Math.max(...xs), CURVE_POINTS);
}

/**
 * Inputs the figures ask the model about after each epoch. Their tensors are made once per run
 * and the grid's classes are taken on the backend: building 10,000 nested rows each epoch cost
 * the page's thread tasks of 50-140 ms in the fallback mode.
 */
class Probes {
  private readonly grid: tf.Tensor2D | undefined;
  private readonly curve: tf.Tensor2D | undefined;

  constructor(
    grid: number[][] | undefined,
    private readonly curveX: number[] | undefined,
  ) {
    this.grid = grid ? tf.tensor2d(grid) : undefined;
    this.curve = curveX ? tf.tensor2d(curveX, [curveX.length, 1]) : undefined;
  }

  /**
   * `chunkRows` splits the grid into several tasks with a yield between them, for the page's
   * thread: the whole grid in one go took 40-90 ms there under 4x CPU throttling.
   */
  async predict(model: LayersModel, chunkRows = Infinity): Promise<LivePredictions> {
    const out: LivePredictions = {};
    if (this.grid) {
      const grid = this.grid;
      const rows = grid.shape[0];
      const step = Math.min(rows, chunkRows);
      const gridClasses: number[] = [];
      for (let start = 0; start < rows; start += step) {
        if (start > 0) await yieldToEventLoop();
        const size = Math.min(step, rows - start);
        const classes = tf.tidy(() => {
          const part = size === rows ? grid : tf.slice(grid, [start, 0], [size, -1]);
          return tf.argMax(model.predictOnBatch(part) as tf.Tensor2D, 1);
        });
        const values = await classes.data();
        classes.dispose();
        for (const v of values) gridClasses.push(v);
      }
      out.gridClasses = gridClasses;
    }
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
}

async function finalPredictions(model: LayersModel, data: PreparedData, probes: Probes): Promise<FinalPredictions> {
  const test = await predict(model, data.xTest);
  return {
    test,
    ...(data.kind === 'classification' ? { testClasses: test.map((row) => argMax(row)) } : {}),
    ...(await probes.predict(model)),
  };
}


/** The first Dense layer's current weights, Keras' layout (also after a mid-epoch stop). */
async function readFirstDense(model: LayersModel): Promise<DenseWeights | undefined> {
  const layer = model.layers.find((l) => l.getClassName() === 'Dense');
  if (!layer) return undefined;
  // getWeights() hands out the variables' own tensors: read them, never dispose them.
  const [kernel, bias] = layer.getWeights();
  return {
    kernel: (await kernel.array()) as number[][],
    bias: bias ? ((await bias.array()) as number[]) : [],
  };
}
