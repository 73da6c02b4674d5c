import { afterEach, describe, expect, it } from 'vitest';
import { observedWidth } from '../../src/client/demo/observedWidth';

/** An element whose clientWidth counts its reads. */
function element(width: number) {
  const el = { width, reads: 0 };
  Object.defineProperty(el, 'clientWidth', {
    get() {
      el.reads += 1;
      return el.width;
    },
  });
  return el as typeof el & HTMLElement;
}

const original = globalThis.ResizeObserver;
afterEach(() => {
  globalThis.ResizeObserver = original;
});

describe('observedWidth', () => {
  it('reads clientWidth each time where there is no ResizeObserver', () => {
    // @ts-expect-error Node has none; the page may not either.
    delete globalThis.ResizeObserver;
    const el = element(500);
    const width = observedWidth(el);
    expect(width()).toBe(500);
    el.width = 420;
    expect(width()).toBe(420);
    expect(el.reads).toBe(2);
  });

  it('gives the width noted at the last resize, without reading the element in between', () => {
    let notify: (() => void) | undefined;
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        notify = callback;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    const el = element(640);
    const width = observedWidth(el);
    // Before the first note: the element itself.
    expect(width()).toBe(640);
    notify!();
    const reads = el.reads;
    el.width = 300;
    expect(width()).toBe(640);
    expect(width()).toBe(640);
    expect(el.reads).toBe(reads);
    notify!();
    expect(width()).toBe(300);
  });
});
