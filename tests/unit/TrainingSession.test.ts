import { describe, expect, it } from 'vitest';
import { TrainingSession } from '../../src/client/training/TrainingSession';
import type { PageMessage, TrainSettings, WorkerMessage } from '../../src/lib/training/protocol';

/** A stand-in worker: records what the page posts and lets the test answer. */
class FakeWorker extends EventTarget {
  posted: PageMessage[] = [];
  terminated = false;
  postMessage(m: PageMessage): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(m: WorkerMessage): void {
    this.dispatchEvent(new MessageEvent('message', { data: m }));
  }
  fail(): void {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
}

const settings: TrainSettings = { experiment: 'blobs4', epochs: 2, batchSize: 4, learningRate: 0.01, seed: 1 };

function done(runId: number, status: 'completed' | 'stopped' = 'completed'): WorkerMessage {
  return { type: 'done', runId, status, epochsRun: 2, backend: 'cpu', history: [], trainMs: 1, totalMs: 2 };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function sessionWithFakes() {
  const workers: FakeWorker[] = [];
  const session = new TrainingSession({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
  });
  return { session, workers };
}

describe('TrainingSession', () => {
  it('creates no worker until the first start, then one for all runs', async () => {
    const { session, workers } = sessionWithFakes();
    expect(workers).toHaveLength(0);
    expect(session.backend).toBeUndefined();

    const first = session.start(settings);
    expect(workers).toHaveLength(1);
    workers[0].emit({ type: 'ready', backend: 'cpu' });
    await tick();
    expect(session.backend).toBe('cpu');
    expect(session.mode).toBe('worker');
    expect(workers[0].posted).toEqual([{ type: 'train', runId: 1, settings }]);
    workers[0].emit(done(1));
    expect((await first).type).toBe('done');

    const second = session.start(settings);
    await tick();
    expect(workers).toHaveLength(1);
    expect(workers[0].posted[1]).toEqual({ type: 'train', runId: 2, settings });
    workers[0].emit(done(2));
    expect(await second).toMatchObject({ type: 'done', runId: 2 });
  });

  it('routes events to the handlers and refuses a second start while one runs', async () => {
    const { session, workers } = sessionWithFakes();
    const seen: string[] = [];
    const run = session.start(settings, {
      onBackend: (b) => seen.push(`backend ${b}`),
      onProgress: (m) => seen.push(`progress ${m.epoch}.${m.step}`),
      onEpoch: (m) => seen.push(`epoch ${m.event.epoch}`),
      onDone: (m) => seen.push(`done ${m.status}`),
    });
    expect(await session.start(settings)).toEqual({ type: 'busy' });
    expect(session.running).toBe(true);
    const w = workers[0];
    w.emit({ type: 'ready', backend: 'cpu' });
    await tick();
    w.emit({ type: 'progress', runId: 1, epoch: 1, step: 10, stepsPerEpoch: 800 });
    w.emit({
      type: 'epoch',
      runId: 1,
      progress: 0.5,
      event: { epoch: 1, loss: 0.5, weights: { kernel: [[1]], bias: [0] } },
    });
    w.emit(done(1));
    await run;
    expect(seen).toEqual(['backend cpu', 'progress 1.10', 'epoch 1', 'done completed']);
    expect(session.running).toBe(false);
  });

  it('sends stop for the current run and drops late events of an earlier run', async () => {
    const { session, workers } = sessionWithFakes();
    const epochs: number[] = [];
    const first = session.start(settings);
    const w = workers[0];
    w.emit({ type: 'ready', backend: 'cpu' });
    await tick();
    session.stop();
    await tick();
    expect(w.posted.at(-1)).toEqual({ type: 'stop', runId: 1 });
    w.emit(done(1, 'stopped'));
    expect(await first).toMatchObject({ status: 'stopped' });

    const second = session.start(settings, { onEpoch: (m) => epochs.push(m.runId) });
    await tick();
    w.emit({ type: 'epoch', runId: 1, progress: 1, event: { epoch: 2, loss: 1, weights: { kernel: [[1]], bias: [0] } } });
    w.emit(done(1));
    expect(session.running).toBe(true);
    w.emit({ type: 'epoch', runId: 2, progress: 0.5, event: { epoch: 1, loss: 1, weights: { kernel: [[1]], bias: [0] } } });
    w.emit(done(2));
    expect(await second).toMatchObject({ runId: 2 });
    expect(epochs).toEqual([2]);
  });

  it('cancels a run stopped while the worker loads: it never trains, and the next run does', async () => {
    const { session, workers } = sessionWithFakes();
    const first = session.start(settings);
    session.stop();
    expect(await first).toEqual({ type: 'cancelled' });
    expect(session.running).toBe(false);
    const w = workers[0];
    w.emit({ type: 'ready', backend: 'cpu' });
    await tick();
    expect(w.posted).toEqual([]);
    const second = session.start(settings);
    await tick();
    expect(w.posted).toEqual([{ type: 'train', runId: 2, settings }]);
    w.emit(done(2));
    expect(await second).toMatchObject({ type: 'done', runId: 2 });
  });

  it('reports a worker error as the outcome of the run and frees the session', async () => {
    const { session, workers } = sessionWithFakes();
    const errors: string[] = [];
    const run = session.start(settings, { onError: (m) => errors.push(m.message) });
    workers[0].emit({ type: 'ready', backend: 'cpu' });
    await tick();
    workers[0].emit({ type: 'error', runId: 1, message: 'bad settings' });
    expect(await run).toEqual({ type: 'error', runId: 1, message: 'bad settings' });
    expect(errors).toEqual(['bad settings']);
    expect(session.running).toBe(false);
  });

  it('replaces a worker that crashes mid-run', async () => {
    const { session, workers } = sessionWithFakes();
    const run = session.start(settings);
    workers[0].emit({ type: 'ready', backend: 'cpu' });
    await tick();
    workers[0].fail();
    expect((await run).type).toBe('error');
    expect(workers[0].terminated).toBe(true);
    const again = session.start(settings);
    expect(workers).toHaveLength(2);
    workers[1].emit({ type: 'ready', backend: 'cpu' });
    await tick();
    workers[1].emit(done(2));
    expect((await again).type).toBe('done');
  });

  it('answers memory requests and disposes the worker', async () => {
    const { session, workers } = sessionWithFakes();
    const mem = session.memory();
    workers[0].emit({ type: 'ready', backend: 'cpu' });
    await tick();
    expect(workers[0].posted).toEqual([{ type: 'memory' }]);
    workers[0].emit({ type: 'memory', numTensors: 3, numBytes: 12, running: false });
    expect(await mem).toEqual({ type: 'memory', numTensors: 3, numBytes: 12, running: false });
    session.dispose();
    await tick();
    expect(workers[0].posted.at(-1)).toEqual({ type: 'dispose' });
    expect(workers[0].terminated).toBe(true);
    expect(await session.start(settings)).toMatchObject({ type: 'error' });
  });
});
