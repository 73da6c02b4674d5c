/**
 * A call that follows a stream of events at a bounded rate: `request()` runs the job now when
 * `intervalMs()` has passed since it last ran, and otherwise once, when that interval is over
 * (however many requests come meanwhile). `now()` runs it at once and drops the waiting run;
 * `cancel()` drops it. The interval is read on every request, so it may follow a setting (a
 * reader's reduced-motion preference). The clock and timers are passed in, so the logic runs
 * (and is tested) anywhere.
 */
import type { Timers } from './timers';

export interface Throttled {
  request(): void;
  now(): void;
  cancel(): void;
}

export interface ThrottleOptions {
  intervalMs: () => number;
  clock: () => number;
  timers: Timers;
}

export function throttle(job: () => void, o: ThrottleOptions): Throttled {
  let last = -Infinity;
  let handle: unknown;
  const cancel = () => {
    if (handle !== undefined) o.timers.clearTimeout(handle);
    handle = undefined;
  };
  const run = () => {
    cancel();
    last = o.clock();
    job();
  };
  return {
    request() {
      if (handle !== undefined) return;
      const wait = last + o.intervalMs() - o.clock();
      if (wait <= 0) run();
      else handle = o.timers.setTimeout(run, wait);
    },
    now: run,
    cancel,
  };
}
