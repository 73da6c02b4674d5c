/**
 * A call that waits for a pause: `schedule(job)` runs `job` once `delayMs` pass without another
 * schedule, which replaces the waiting job; `flush()` runs the waiting job now, `cancel()`
 * drops it. The timer functions are passed in, so the logic runs (and is tested) anywhere.
 */
import type { Timers } from './timers';

export type { Timers } from './timers';

export interface Debounced {
  schedule(job: () => void): void;
  /** Runs the waiting job, if any, at once. */
  flush(): void;
  cancel(): void;
  /** True while a job waits. */
  pending(): boolean;
}

export function debounce(delayMs: number, timers: Timers): Debounced {
  let waiting: (() => void) | undefined;
  let handle: unknown;
  const cancel = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
    waiting = undefined;
  };
  const flush = () => {
    const job = waiting;
    cancel();
    job?.();
  };
  return {
    schedule(job) {
      cancel();
      waiting = job;
      handle = timers.setTimeout(flush, delayMs);
    },
    flush,
    cancel,
    pending: () => waiting !== undefined,
  };
}
