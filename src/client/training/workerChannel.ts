import type { PageMessage, WorkerMessage } from '../../lib/training/protocol';

/** The part of a worker the session uses; the main-thread host offers the same. */
export interface Channel {
  post(message: PageMessage): void;
  close(): void;
}

export interface WorkerEvents {
  /** The worker reported its backend: it can train. */
  ready(): void;
  receive(message: WorkerMessage): void;
  /** A running worker crashed (`crashed`, it is terminated) or sent a message that could not be read. */
  failed(message: string, crashed: boolean): void;
}

/**
 * Starts a training worker and resolves once it reports `ready`. It rejects, quietly, when the
 * worker cannot load (404, CSP, no module workers) or stays silent for `timeoutMs`: the page then
 * trains on its own thread instead.
 */
export function openWorkerChannel(createWorker: () => Worker, timeoutMs: number, events: WorkerEvents): Promise<Channel> {
  return new Promise<Channel>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = createWorker();
    } catch (err) {
      reject(err);
      return;
    }
    let ready = false;
    const timer = setTimeout(() => {
      if (ready) return;
      worker.terminate();
      reject(new Error('The training worker did not start in time'));
    }, timeoutMs);
    worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
      if (!ready && e.data.type === 'ready') {
        ready = true;
        clearTimeout(timer);
        events.ready();
        resolve({ post: (m) => worker.postMessage(m), close: () => worker.terminate() });
      }
      events.receive(e.data);
    });
    worker.addEventListener('error', (e: Event) => {
      e.preventDefault();
      if (!ready) {
        clearTimeout(timer);
        worker.terminate();
        reject(new Error('The training worker failed to load'));
        return;
      }
      const detail = (e as { message?: unknown }).message;
      worker.terminate();
      events.failed(typeof detail === 'string' && detail ? detail : 'The training worker crashed.', true);
    });
    worker.addEventListener('messageerror', () => events.failed('A message from the training worker could not be read.', false));
  });
}
