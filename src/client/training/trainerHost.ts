/**
 * Everything that happens on the training side of the protocol, written once and run in two
 * places: inside the worker (trainer.worker.ts) and, when no worker can start, in the page
 * itself (TrainingSession's fallback). It checks each message, runs the experiment with
 * runExperiment, and turns its hooks into messages. runExperiment owns every tensor of a run:
 * after each one tf.memory().numTensors is back where it started.
 */
import * as tf from '@tensorflow/tfjs-core';
import { experimentById } from '../../lib/experiments/registry';
import { runExperiment, type ExperimentRun } from '../../lib/experiments/runExperiment';
import type { BackendName, DoneMessage, PageMessage, RunStatus, TrainMessage, WorkerMessage } from '../../lib/training/protocol';
import { PROGRESS_INTERVAL_MS } from '../../lib/training/protocol';
import { settingsProblem } from '../../lib/training/settingsProblem';
import { livePace } from '../../lib/training/livePace';
import { runOverrides } from '../../lib/training/runOverrides';
import { selectBackend } from './selectBackend';

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

/** How often a run yields: rarely in a worker, every few steps on the page's own thread. */
interface Pace {
  yieldEvery: number;
  yieldMs: number;
  chunkRows: number;
}

/** Least time between two turns of a worker's event loop while it trains. */
const WORKER_YIELD_MS = 15;

export function createTrainerHost(emit: (m: WorkerMessage) => void, options: TrainerHostOptions = {}): TrainerHost {
  // Steps between yields. A step costs about 0.05 ms (batch 4) to 0.3 ms (batch 128) here;
  // 4x slower machines still stay far below 50 ms a task on the main thread. A worker yields
  // only so Stop can arrive: at most every WORKER_YIELD_MS, which a reader cannot tell from at once.
  const pace = options.mainThread ? { yieldEvery: 25, yieldMs: 0, chunkRows: 2500 } : { yieldEvery: 50, yieldMs: WORKER_YIELD_MS, chunkRows: Infinity };
  return new Host(emit, pace);
}

class Host implements TrainerHost {
  readonly ready: Promise<BackendName>;
  readonly closed: Promise<void>;
  private backend: BackendName = 'cpu';
  private current: { runId: number; controller: AbortController; finished: Promise<void> } | undefined;
  private disposed = false;
  private resolveClosed: () => void = () => undefined;

  constructor(
    private readonly emit: (m: WorkerMessage) => void,
    private readonly pace: Pace,
  ) {
    this.closed = new Promise<void>((r) => (this.resolveClosed = r));
    this.ready = selectBackend().then((b) => {
      this.backend = b;
      emit({ type: 'ready', backend: b });
      return b;
    });
  }

  handle(message: PageMessage): void {
    switch (message.type) {
      case 'train':
        this.start(message);
        return;
      case 'stop':
        if (this.current?.runId === message.runId) this.current.controller.abort();
        return;
      case 'memory': {
        const m = tf.memory();
        this.emit({ type: 'memory', numTensors: m.numTensors, numBytes: m.numBytes, running: this.current !== undefined });
        return;
      }
      case 'dispose':
        this.dispose();
        return;
    }
  }

  private start(message: TrainMessage): void {
    const { runId } = message;
    if (this.disposed) return;
    const problem = this.current ? 'A training run is already in progress.' : settingsProblem(message.settings);
    if (problem) {
      this.emit({ type: 'error', runId, message: problem });
      return;
    }
    const controller = new AbortController();
    // The run is released before its last message goes out, so a page that starts the next run
    // (or asks for memory) from its `done` handler finds the host idle and the tensors freed.
    const release = () => {
      if (this.current?.runId === runId) this.current = undefined;
    };
    const finished = this.ready
      .then(() => trainOnce(message, controller.signal, this.emit, this.pace))
      .then(
        (run) => {
          release();
          this.emit(doneMessage(runId, run.run, this.backend, run.totalMs));
        },
        (err: unknown) => {
          release();
          this.emit({ type: 'error', runId, message: err instanceof Error ? err.message : String(err) });
        },
      );
    this.current = { runId, controller, finished };
  }

  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.current?.controller.abort();
    const pending = this.current?.finished ?? Promise.resolve();
    void pending.then(() => {
      tf.disposeVariables();
      this.resolveClosed();
    });
  }
}

/** Runs one training to its end, its events sent as messages, every tensor already freed. */
async function trainOnce(
  message: TrainMessage,
  signal: AbortSignal,
  emit: (m: WorkerMessage) => void,
  pace: Pace,
): Promise<{ run: ExperimentRun; totalMs: number }> {
  const { runId, settings } = message;
  const started = performance.now();
  let lastProgress = 0;
  const run = await runExperiment(experimentById(settings.experiment), {
    overrides: runOverrides(settings),
    signal,
    yieldEvery: pace.yieldEvery,
    yieldMs: pace.yieldMs,
    live: {
      ...(settings.grid ? { grid: settings.grid } : {}),
      chunkRows: pace.chunkRows,
      everyEpoch: settings.livePredictions === true ? livePace() : false,
    },
    onData: (d) => {
      if (!settings.sendData) return;
      emit({ type: 'data', runId, kind: d.kind, xTrain: d.XTrain, yTrain: d.yTrain, xTest: d.XTest, yTest: d.yTest });
    },
    onProgress: (p) => {
      const now = performance.now();
      if (p.step < p.stepsPerEpoch && now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      emit({ type: 'progress', runId, epoch: p.epoch, step: p.step, stepsPerEpoch: p.stepsPerEpoch });
    },
    onEpoch: (event, predictions) => {
      emit({ type: 'epoch', runId, event, progress: event.epoch / settings.epochs, ...(predictions ? { predictions } : {}) });
    },
  });
  return { run, totalMs: performance.now() - started };
}

/** The `done` message of a finished run: its status, history, and (unless it diverged) results. */
function doneMessage(runId: number, run: ExperimentRun, backend: BackendName, totalMs: number): DoneMessage {
  const { training } = run;
  const status: RunStatus = training.status === 'aborted' ? 'stopped' : training.status;
  const done: DoneMessage = {
    type: 'done',
    runId,
    status,
    epochsRun: training.history.length,
    backend,
    history: training.history.map(({ weights: _weights, ...metrics }) => metrics),
    trainMs: run.seconds * 1000,
    totalMs,
  };
  if (training.reason) done.reason = training.reason;
  if (status !== 'diverged' && run.result) {
    done.weights = run.weights;
    done.test = run.result;
    done.predictions = {
      test: run.testOutputs,
      ...(run.data.kind === 'classification' ? { testClasses: run.yPred } : {}),
      ...run.predictions,
    };
  }
  return done;
}
