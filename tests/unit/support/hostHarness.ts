import { createTrainerHost } from '../../../src/client/training/trainerHost';
import type { PageMessage, WorkerMessage } from '../../../src/lib/training/protocol';

/**
 * A trainer host driven the way the demos' worker is, with every message it posts kept in
 * `events`; `until` resolves with the first one, already posted or still to come, that
 * `pred` accepts.
 */
export function hostHarness() {
  const events: WorkerMessage[] = [];
  let notify: (() => void) | undefined;
  const host = createTrainerHost((m) => {
    events.push(m);
    notify?.();
  });
  const until = (pred: (m: WorkerMessage) => boolean) =>
    new Promise<WorkerMessage>((resolve) => {
      const check = () => {
        const hit = events.find(pred);
        if (hit) resolve(hit);
      };
      notify = check;
      check();
    });
  const send = (m: PageMessage) => host.handle(m);
  return { host, events, until, send };
}
