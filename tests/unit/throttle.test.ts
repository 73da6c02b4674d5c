import { describe, expect, it } from 'vitest';
import { throttle } from '../../src/lib/schedule/throttle';

/** A clock and timers that move only when the test says so. */
function fakeTime() {
  let t = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 0;
  return {
    clock: () => t,
    timers: {
      setTimeout: (run: () => void, ms: number) => {
        const id = ++next;
        timers.push({ at: t + ms, run, id });
        return id;
      },
      clearTimeout: (id: unknown) => {
        timers = timers.filter((x) => x.id !== id);
      },
    },
    advance(ms: number) {
      t += ms;
      for (const x of timers.filter((x) => x.at <= t)) {
        timers = timers.filter((y) => y !== x);
        x.run();
      }
    },
    waiting: () => timers.length,
  };
}

describe('throttle', () => {
  it('runs the first request at once and merges the requests of one interval into one later run', () => {
    const time = fakeTime();
    let runs = 0;
    const t = throttle(() => runs++, { intervalMs: () => 100, ...time });
    t.request();
    expect(runs).toBe(1);
    for (let i = 0; i < 10; i++) {
      time.advance(5);
      t.request();
    }
    expect(runs).toBe(1);
    expect(time.waiting()).toBe(1);
    time.advance(49);
    expect(runs).toBe(1);
    time.advance(1);
    expect(runs).toBe(2);
    expect(time.waiting()).toBe(0);
  });

  it('runs at once again when a whole interval has passed without requests', () => {
    const time = fakeTime();
    let runs = 0;
    const t = throttle(() => runs++, { intervalMs: () => 100, ...time });
    t.request();
    time.advance(150);
    t.request();
    expect(runs).toBe(2);
  });

  it('now() runs at once and drops the waiting run; cancel() drops it without running', () => {
    const time = fakeTime();
    let runs = 0;
    const t = throttle(() => runs++, { intervalMs: () => 100, ...time });
    t.request();
    t.request();
    t.now();
    expect(runs).toBe(2);
    time.advance(200);
    expect(runs).toBe(2);
    t.request();
    expect(runs).toBe(3);
    t.request();
    t.cancel();
    time.advance(200);
    expect(runs).toBe(3);
  });

  it('reads the interval on every request', () => {
    const time = fakeTime();
    let interval = 100;
    let runs = 0;
    const t = throttle(() => runs++, { intervalMs: () => interval, ...time });
    t.request();
    interval = 1000;
    time.advance(500);
    t.request();
    expect(runs).toBe(1);
    time.advance(499);
    expect(runs).toBe(1);
    time.advance(1);
    expect(runs).toBe(2);
  });
});
