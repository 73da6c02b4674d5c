/**
 * The site bench's memory pass: repeated Train / Reset cycles on one demo page, with the
 * worker's tensors and the page's and the worker's JS heaps after a forced garbage collection.
 * Growth that stops after the first cycles is warm-up; steady growth is a leak.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { openTrainer, trainerSelector, trainOnce, TRAINER_PAGES } from './siteDriver';

export interface MemorySnapshot {
  numTensors: number;
  tensorBytes: number;
  /** The page's main-thread JS heap in use after a forced garbage collection. */
  pageHeapBytes: number;
  /** The training worker's JS heap in use after a forced garbage collection in the worker. */
  workerHeapBytes?: number;
}

export interface SiteMemoryResult {
  cycles: number;
  after1: MemorySnapshot;
  /** At the middle cycle: growth that stops after the first runs is warm-up, steady growth is a leak. */
  half: number;
  afterHalf: MemorySnapshot;
  afterN: MemorySnapshot;
  /** One snapshot after every cycle from the middle one to the last: the growth a cycle. */
  series: MemorySnapshot[];
  error?: string;
}

type WorkerCall = (method: string, params?: object) => Promise<Record<string, unknown>>;

/**
 * A DevTools channel into the page's dedicated worker: Playwright opens sessions for pages only,
 * so messages go through the page's session (Target.sendMessageToTarget).
 */
async function attachToWorker(cdp: CDPSession): Promise<WorkerCall | undefined> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'worker');
  if (!worker) return undefined;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map<number, (answer: Record<string, unknown>) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: Record<string, unknown> };
    const done = message.id === undefined ? undefined : pending.get(message.id);
    if (!done || message.id === undefined) return;
    pending.delete(message.id);
    done(message.result ?? { error: message.error });
  });
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => reject(new Error(`${method} in the worker did not answer`)), 30_000);
      pending.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
}

async function snapshot(page: Page, cdp: CDPSession, experiment: string, worker: WorkerCall | undefined): Promise<MemorySnapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = await cdp.send('Performance.getMetrics');
  const pageHeapBytes = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const memory = await page.evaluate(async (sel) => {
    const el = document.querySelector(sel) as HTMLElement & { memory(): Promise<{ numTensors: number; numBytes: number }> };
    return el.memory();
  }, trainerSelector(experiment));
  const snap: MemorySnapshot = { numTensors: memory.numTensors, tensorBytes: memory.numBytes, pageHeapBytes };
  if (worker) {
    await worker('HeapProfiler.collectGarbage');
    const usage = await worker('Runtime.getHeapUsage');
    if (typeof usage.usedSize === 'number') snap.workerHeapBytes = usage.usedSize;
  }
  return snap;
}

export async function benchMemory(context: BrowserContext, baseUrl: string, cycles: number, log: (s: string) => void): Promise<SiteMemoryResult> {
  const target = TRAINER_PAGES[0];
  const empty: MemorySnapshot = { numTensors: NaN, tensorBytes: NaN, pageHeapBytes: NaN };
  const half = Math.max(1, Math.round(cycles / 2));
  const result: SiteMemoryResult = { cycles, after1: empty, half, afterHalf: empty, afterN: empty, series: [] };
  const page = await openTrainer(context, new URL(target.path, baseUrl).href, target.experiment, log);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    let worker: WorkerCall | undefined;
    for (let c = 1; c <= cycles; c++) {
      await trainOnce(page, target.experiment);
      await page.click(`${trainerSelector(target.experiment)} button[data-action="reset"]`);
      // The worker starts on the first Train.
      if (c === 1) worker = await attachToWorker(cdp).catch(() => undefined);
      if (c !== 1 && c < half) continue;
      const snap = await snapshot(page, cdp, target.experiment, worker);
      if (c === 1) result.after1 = snap;
      if (c >= half) result.series.push(snap);
      if (c === half) result.afterHalf = snap;
      if (c === cycles) result.afterN = snap;
    }
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
  return result;
}
