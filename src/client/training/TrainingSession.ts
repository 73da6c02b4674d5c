/**
 * The one object a demo talks to for training. It starts the training worker on the first
 * `start()` only, so TF.js costs nothing until a reader presses Train; later runs reuse the same
 * worker (and its warmed-up backend). When workers are missing, blocked or fail to load, the
 * same host code is imported into the page and trains there, yielding often enough that the
 * page stays responsive. One run at a time: a second `start()` while one runs is refused.
 *
 * A demo imports this module lazily (so TF.js stays out of the first paint):
 *
 *   const { TrainingSession } = await import('./TrainingSession');
 *   const session = new TrainingSession();
 *   const outcome = await session.start(settings, {
 *     onBackend: (b) => (backendLabel.textContent = b),
 *     onProgress: (m) => bar.update(m.epoch, m.step, m.stepsPerEpoch),
 *     onEpoch: (m) => redraw(m.event, m.predictions),
 *   });
 *   if (outcome.type === 'done' && outcome.status === 'diverged') explain(outcome.reason);
 *
 * Stop calls `session.stop()`; the outcome then has status 'stopped', or is `{ type: 'cancelled' }`
 * when the trainer was still loading and the run never started.
 */
import type {
  BackendName,
  DataMessage,
  DoneMessage,
  EpochMessage,
  ErrorMessage,
  MemoryMessage,
  PageMessage,
  ProgressMessage,
  TrainSettings,
  WorkerMessage,
} from '../../lib/training/protocol';

export interface TrainingHandlers {
  onBackend?(backend: BackendName): void;
  onData?(message: DataMessage): void;
  onEpoch?(message: EpochMessage): void;
  onProgress?(message: ProgressMessage): void;
  onDone?(message: DoneMessage): void;
  onError?(message: ErrorMessage): void;
}

/** A run refused because another is still going. */
export interface BusyOutcome {
  type: 'busy';
}
/** A run stopped before its settings reached the trainer (TF.js or the worker was still loading). */
export interface CancelledOutcome {
  type: 'cancelled';
}
export type TrainingOutcome = DoneMessage | ErrorMessage | BusyOutcome | CancelledOutcome;

export type TrainingMode = 'worker' | 'main-thread';

export interface TrainingSessionOptions {
  /** false forces the main-thread path (tests, or a page that knows workers are blocked). */
  useWorker?: boolean;
  /** How a worker is made; the default is the bundled trainer worker. */
  createWorker?: () => Worker;
  /** How long a new worker may take to report its backend before the page trains itself. */
  workerStartTimeoutMs?: number;
}

/** The part of a worker the session uses; the main-thread host offers the same. */
interface Channel {
  post(message: PageMessage): void;
  close(): void;
}

interface ActiveRun {
  runId: number;
  /** True once the train message went to the trainer; before that a stop needs no trainer. */
  posted: boolean;
  handlers: TrainingHandlers;
  resolve(outcome: TrainingOutcome): void;
}

function defaultWorker(): Worker {
  // This exact shape lets Vite find, bundle and emit the worker as its own module.
  return new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module', name: 'trainer' });
}

export class TrainingSession {
  private readonly options: Required<TrainingSessionOptions>;
  private readonly customWorker: boolean;
  private channel: Promise<Channel> | undefined;
  private active: ActiveRun | undefined;
  private nextRunId = 1;
  private currentBackend: BackendName | undefined;
  private currentMode: TrainingMode | undefined;
  private memoryWaiters: ((m: MemoryMessage) => void)[] = [];
  private disposed = false;

  constructor(options: TrainingSessionOptions = {}) {
    this.customWorker = options.createWorker !== undefined;
    this.options = {
      useWorker: options.useWorker ?? true,
      createWorker: options.createWorker ?? defaultWorker,
      workerStartTimeoutMs: options.workerStartTimeoutMs ?? 20_000,
    };
  }

  /** The TF.js backend in use, once known. */
  get backend(): BackendName | undefined {
    return this.currentBackend;
  }

  /** Where training runs, once the first run has started. */
  get mode(): TrainingMode | undefined {
    return this.currentMode;
  }

  get running(): boolean {
    return this.active !== undefined;
  }

  /**
   * Trains with `settings`, calling `handlers` as events arrive. Resolves when the run ends
   * (completed, stopped or diverged), fails, or is refused because another runs. Never rejects.
   */
  start(settings: TrainSettings, handlers: TrainingHandlers = {}): Promise<TrainingOutcome> {
    if (this.disposed) {
      return Promise.resolve({ type: 'error', message: 'This training session has been closed.' });
    }
    if (this.active) return Promise.resolve({ type: 'busy' });
    const runId = this.nextRunId++;
    return new Promise<TrainingOutcome>((resolve) => {
      this.active = { runId, handlers, resolve, posted: false };
      this.connect()
        .then((channel) => {
          const run = this.active;
          if (run?.runId !== runId) return;
          run.posted = true;
          channel.post({ type: 'train', runId, settings });
        })
        .catch((err: unknown) => this.fail(runId, describeError(err)));
    });
  }

  /**
   * Asks the current run to stop after the step in progress; its `done` says 'stopped'. A run
   * whose trainer is still loading ends at once as 'cancelled', and never trains.
   */
  stop(): void {
    const run = this.active;
    if (!run) return;
    if (!run.posted) {
      this.active = undefined;
      run.resolve({ type: 'cancelled' });
      return;
    }
    void this.channel?.then((c) => c.post({ type: 'stop', runId: run.runId }));
  }

  /** Tensors held by the trainer (for leak tests); starts the trainer if it is not running yet. */
  async memory(): Promise<MemoryMessage> {
    const channel = await this.connect();
    return new Promise((resolve) => {
      this.memoryWaiters.push(resolve);
      channel.post({ type: 'memory' });
    });
  }

  /** Stops any run and releases the worker and everything TF.js holds. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const run = this.active;
    if (run) this.finish(run.runId, { type: 'error', runId: run.runId, message: 'Training was closed.' });
    const channel = this.channel;
    this.channel = undefined;
    void channel?.then(
      (c) => {
        c.post({ type: 'dispose' });
        c.close();
      },
      () => undefined,
    );
  }

  private connect(): Promise<Channel> {
    if (!this.channel) {
      this.channel = this.openWorker().catch(() => this.openMainThread());
      // A failed main-thread fallback must not stay cached: the next start may try again.
      this.channel.catch(() => {
        this.channel = undefined;
      });
    }
    return this.channel;
  }

  private openWorker(): Promise<Channel> {
    if (!this.options.useWorker || (!this.customWorker && typeof Worker === 'undefined')) {
      return Promise.reject(new Error('Web Workers are not available'));
    }
    return new Promise<Channel>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.options.createWorker();
      } catch (err) {
        reject(err);
        return;
      }
      let ready = false;
      const timer = setTimeout(() => {
        if (ready) return;
        worker.terminate();
        reject(new Error('The training worker did not start in time'));
      }, this.options.workerStartTimeoutMs);
      worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
        if (!ready && e.data.type === 'ready') {
          ready = true;
          clearTimeout(timer);
          this.currentMode = 'worker';
          resolve({ post: (m) => worker.postMessage(m), close: () => worker.terminate() });
        }
        this.receive(e.data);
      });
      worker.addEventListener('error', (e: Event) => {
        // Before `ready` this is a load failure (404, CSP, no module workers): fall back quietly.
        e.preventDefault();
        if (!ready) {
          clearTimeout(timer);
          worker.terminate();
          reject(new Error('The training worker failed to load'));
          return;
        }
        const run = this.active;
        const detail = (e as { message?: unknown }).message;
        const message = typeof detail === 'string' && detail ? detail : 'The training worker crashed.';
        if (run) this.fail(run.runId, message);
        // A crashed worker is not reused.
        worker.terminate();
        this.channel = undefined;
      });
      worker.addEventListener('messageerror', () => {
        const run = this.active;
        if (run) this.fail(run.runId, 'A message from the training worker could not be read.');
      });
    });
  }

  private async openMainThread(): Promise<Channel> {
    const { createTrainerHost } = await import('./trainerHost');
    const host = createTrainerHost((m) => this.receive(m), { mainThread: true });
    this.currentMode = 'main-thread';
    await host.ready;
    return { post: (m) => host.handle(m), close: () => host.handle({ type: 'dispose' }) };
  }

  private receive(m: WorkerMessage): void {
    switch (m.type) {
      case 'ready':
        this.currentBackend = m.backend;
        this.active?.handlers.onBackend?.(m.backend);
        return;
      case 'memory': {
        const waiters = this.memoryWaiters;
        this.memoryWaiters = [];
        for (const w of waiters) w(m);
        return;
      }
      case 'error':
        if (m.runId === undefined || m.runId === this.active?.runId) {
          const run = this.active;
          if (run) this.finish(run.runId, m);
        }
        return;
      default: {
        const run = this.active;
        if (!run || m.runId !== run.runId) return; // a late event of an earlier run
        const h = run.handlers;
        if (m.type === 'data') h.onData?.(m);
        else if (m.type === 'epoch') h.onEpoch?.(m);
        else if (m.type === 'progress') h.onProgress?.(m);
        else if (m.type === 'done') {
          this.currentBackend = m.backend;
          this.finish(run.runId, m);
        }
      }
    }
  }

  private fail(runId: number, message: string): void {
    this.finish(runId, { type: 'error', runId, message });
  }

  private finish(runId: number, outcome: DoneMessage | ErrorMessage): void {
    const run = this.active;
    if (!run || run.runId !== runId) return;
    this.active = undefined;
    // Handlers run after the session is free, so a handler may start the next run.
    try {
      if (outcome.type === 'done') run.handlers.onDone?.(outcome);
      else run.handlers.onError?.(outcome);
    } finally {
      run.resolve(outcome);
    }
  }
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
