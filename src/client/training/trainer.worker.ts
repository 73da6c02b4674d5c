/// <reference lib="webworker" />
/**
 * The training worker: a thin shell that passes messages to the trainer host. TF.js and the
 * model code load here, off the page's thread, on the first Train of any demo.
 */
import type { PageMessage, WorkerMessage } from '../../lib/training/protocol';
import { createTrainerHost } from './trainerHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createTrainerHost((m: WorkerMessage) => scope.postMessage(m));

scope.addEventListener('message', (e: MessageEvent<PageMessage>) => {
  host.handle(e.data);
  if (e.data.type === 'dispose') void host.closed.then(() => scope.close());
});

host.ready.catch((err: unknown) => {
  scope.postMessage({ type: 'error', message: `TF.js could not start: ${err instanceof Error ? err.message : String(err)}` });
});
