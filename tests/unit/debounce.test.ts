import { describe, expect, it } from 'vitest';
import { debounce, type Timers } from '../../src/lib/schedule/debounce';

/** Timers driven by hand: `advance(ms)` runs what falls due. */
function fakeTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    setTimeout(run, ms) {
      due.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        due.delete(id);
        t.run();
      }
    },
  };
}

describe('debounce', () => {
  it('runs only the last job, once the pause has passed', () => {
    const timers = fakeTimers();
    const d = debounce(300, timers);
    const ran: string[] = [];
    d.schedule(() => ran.push('1'));
    timers.advance(200);
    d.schedule(() => ran.push('10'));
    timers.advance(299);
    expect(ran).toEqual([]);
    expect(d.pending()).toBe(true);
    timers.advance(1);
    expect(ran).toEqual(['10']);
    expect(d.pending()).toBe(false);
    timers.advance(1000);
    expect(ran).toEqual(['10']);
  });

  it('flush runs the waiting job at once and only once; cancel drops it', () => {
    const timers = fakeTimers();
    const d = debounce(300, timers);
    const ran: string[] = [];
    d.schedule(() => ran.push('a'));
    d.flush();
    d.flush();
    timers.advance(1000);
    expect(ran).toEqual(['a']);
    d.schedule(() => ran.push('b'));
    d.cancel();
    timers.advance(1000);
    expect(ran).toEqual(['a']);
    expect(d.pending()).toBe(false);
  });
});
