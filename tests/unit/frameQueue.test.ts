import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Animation frames run by hand, and a MessageChannel whose messages arrive on a later macrotask. */
let frameCallbacks: (() => void)[] = [];
let visibility = 'visible';

class FakeChannel {
  port1: { onmessage: (() => void) | null } = { onmessage: null };
  port2 = { postMessage: () => setImmediate(() => this.port1.onmessage?.()) };
}

/** Runs the animation callbacks of one frame (the frame's rendering follows them in a browser). */
function frame(): void {
  const callbacks = frameCallbacks;
  frameCallbacks = [];
  for (const run of callbacks) run();
}

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

async function load() {
  vi.resetModules();
  return import('../../src/client/demo/frameQueue');
}

beforeEach(() => {
  frameCallbacks = [];
  visibility = 'visible';
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frameCallbacks.push(run));
  vi.stubGlobal('document', { get visibilityState() { return visibility; } });
  vi.stubGlobal('MessageChannel', FakeChannel);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('frameQueue', () => {
  it('runs a job in a task of its own after a frame, not in the frame’s callbacks', async () => {
    const q = await load();
    const ran: string[] = [];
    q.queueFrameJob(() => ran.push('a'));
    await macrotask();
    expect(ran).toEqual([]);
    frame();
    // The frame's rendering comes right after its callbacks: the job has not changed anything yet.
    expect(ran).toEqual([]);
    await macrotask();
    expect(ran).toEqual(['a']);
  });

  it('runs one job a frame, in order, and a figure’s draws once however often asked', async () => {
    const q = await load();
    const ran: string[] = [];
    const figure = { renderNow: () => ran.push('figure') };
    q.queueFrameJob(() => ran.push('a'));
    q.queueFrameJob(() => ran.push('b'));
    q.requestFigureDraw(figure);
    q.requestFigureDraw(figure);
    for (let i = 0; i < 5; i++) {
      frame();
      await macrotask();
    }
    expect(ran).toEqual(['a', 'b', 'figure']);
    expect(frameCallbacks).toEqual([]);
  });

  it('defers a draw by a frame, and cancels one not yet run', async () => {
    const q = await load();
    const ran: string[] = [];
    q.deferFigureDraw({ renderNow: () => ran.push('deferred') });
    frame();
    await macrotask();
    expect(ran).toEqual([]);
    frame();
    await macrotask();
    expect(ran).toEqual(['deferred']);
    const cancelled = { renderNow: () => ran.push('cancelled') };
    q.requestFigureDraw(cancelled);
    q.cancelFigureDraw(cancelled);
    frame();
    await macrotask();
    expect(ran).toEqual(['deferred']);
  });

  it('keeps figures current in a hidden tab, which gets no frames', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    visibility = 'hidden';
    const q = await load();
    const ran: string[] = [];
    q.queueFrameJob(() => ran.push('a'));
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['a']);
    expect(frameCallbacks).toEqual([]);
  });
});
