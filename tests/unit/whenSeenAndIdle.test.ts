import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSeenAndIdle } from '../../src/client/demo/whenSeenAndIdle';

const saved = { io: globalThis.IntersectionObserver, ric: globalThis.requestIdleCallback, cic: globalThis.cancelIdleCallback };
let seen: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
let disconnected = 0;
let margin: string | undefined;
let idle: (() => void)[] = [];

beforeEach(() => {
  seen = undefined;
  disconnected = 0;
  idle = [];
  globalThis.IntersectionObserver = class {
    constructor(callback: (entries: { isIntersecting: boolean }[]) => void, options: { rootMargin?: string }) {
      seen = callback;
      margin = options.rootMargin;
    }
    observe() {}
    disconnect() {
      disconnected += 1;
    }
  } as unknown as typeof IntersectionObserver;
  globalThis.requestIdleCallback = ((cb: () => void) => idle.push(cb)) as unknown as typeof requestIdleCallback;
  globalThis.cancelIdleCallback = ((handle: number) => {
    idle[handle - 1] = () => {};
  }) as typeof cancelIdleCallback;
});

afterEach(() => {
  globalThis.IntersectionObserver = saved.io;
  globalThis.requestIdleCallback = saved.ric;
  globalThis.cancelIdleCallback = saved.cic;
  vi.useRealTimers();
});

const el = {} as Element;

describe('whenSeenAndIdle', () => {
  it('waits for the element to come near the viewport, then for an idle moment, and runs once', () => {
    const job = vi.fn();
    whenSeenAndIdle(el, job);
    expect(margin).toBe('50% 0px');
    seen!([{ isIntersecting: false }]);
    expect(idle).toHaveLength(0);
    seen!([{ isIntersecting: true }]);
    expect(disconnected).toBe(1);
    expect(job).not.toHaveBeenCalled();
    idle.forEach((cb) => cb());
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('cancels what is pending: the observer, or the idle callback', () => {
    const job = vi.fn();
    whenSeenAndIdle(el, job)();
    expect(disconnected).toBe(1);
    const cancel = whenSeenAndIdle(el, job);
    seen!([{ isIntersecting: true }]);
    cancel();
    idle.forEach((cb) => cb());
    expect(job).not.toHaveBeenCalled();
  });

  it('without the observer or idle callbacks, runs on a timer', () => {
    // @ts-expect-error Node has neither; an old browser may lack them.
    delete globalThis.IntersectionObserver;
    // @ts-expect-error as above
    delete globalThis.requestIdleCallback;
    vi.useFakeTimers();
    const job = vi.fn();
    whenSeenAndIdle(el, job);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(job).toHaveBeenCalledTimes(1);
  });
});
