/**
 * The built site's own demos in headless Chromium, as a reader meets them: for each page with a
 * trainer, the time from a click on Train to the test results on screen (the first run also
 * loads TF.js and starts the worker; the next runs find both ready), the page's long tasks
 * while it trains, and on the four-blobs page the worker's tensors and the JS heaps after
 * repeated Train / Reset cycles, which should not grow.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPERIMENTS } from '../../src/lib/experiments/registry';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tools/chromiumArgs';
import { findChromium } from '../../tools/findChromium';
import { startStaticServer } from '../../tools/staticServer';

/** Every experiment whose config names the lesson page that trains it. */
export const TRAINER_PAGES = EXPERIMENTS.flatMap((c) => (c.page ? [{ path: c.page, experiment: c.id }] : []));

export interface SiteBenchOptions {
  /** The built site (`dist/`), served at `/`. */
  dir: string;
  /** Runs after the first one on each page; their median is reported. */
  runs: number;
  /** Train / Reset cycles on the four-blobs page. */
  cycles: number;
  log(line: string): void;
}

export interface LongTasks {
  count: number;
  longestMs: number;
}

export interface SitePageResult {
  path: string;
  experiment: string;
  backend: string;
  /** Click on Train to the frame that shows the test results, in ms. */
  firstMs: number;
  nextMs: number[];
  nextMedianMs: number;
  /** The worker's own training loop (DoneMessage.trainMs) of the first run and the median of the next. */
  firstLoopMs: number;
  nextLoopMedianMs: number;
  firstLongTasks: LongTasks;
  /** Over all the next runs together. */
  nextLongTasks: LongTasks;
  /** Load average when the page's runs began. */
  load: number;
  error?: string;
}

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
  error?: string;
}

export interface SiteBenchResult {
  dir: string;
  chromium: string;
  pages: SitePageResult[];
  memory?: SiteMemoryResult;
}

interface RunOutcome {
  ms: number;
  state: string;
  loopMs: number;
  longTasks: { start: number; duration: number }[];
}

interface BenchWindow {
  benchLongTasks: { start: number; duration: number }[];
}

const trainerSelector = (experiment: string) => `demo-trainer[experiment="${experiment}"]`;

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summarise(tasks: { duration: number }[]): LongTasks {
  return { count: tasks.length, longestMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0) };
}

async function openTrainer(context: BrowserContext, url: string, experiment: string, log: (s: string) => void): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`page error on ${url}: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(`${trainerSelector(experiment)}[data-ready="true"]`, { timeout: 30_000 });
  // The reader watches the run: the trainer's live curves are on screen and redraw every epoch
  // (figures off screen wait, so a run measured out of view would show less main-thread work).
  await page.locator(`${trainerSelector(experiment)} demo-loss-curves`).first().scrollIntoViewIfNeeded();
  // Every long task of the page from now on; each run keeps those that overlap it.
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
  return page;
}

/**
 * Clicks Train inside the page and times, on the page's own clock, until the frame after the
 * trainer leaves the running state (its results are filled in the same task).
 */
async function trainOnce(page: Page, experiment: string): Promise<RunOutcome> {
  const outcome = await page.evaluate(async (sel) => {
    const trainer = document.querySelector(sel) as HTMLElement & { store: { last: { done?: { trainMs: number } } } };
    const button = trainer.querySelector<HTMLButtonElement>('button[data-action="train"]')!;
    const ended = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the run did not end within 180 s')), 180_000);
      const observer = new MutationObserver(() => {
        const state = trainer.getAttribute('data-state');
        if (state === null || state === 'running') return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(trainer, { attributes: true, attributeFilter: ['data-state'] });
    });
    const t0 = performance.now();
    button.click();
    const t1 = await ended;
    const tasks = (window as unknown as BenchWindow).benchLongTasks.filter((t) => t.start + t.duration > t0 && t.start < t1);
    return { ms: t1 - t0, state: trainer.getAttribute('data-state') ?? '', loopMs: trainer.store.last.done?.trainMs ?? NaN, longTasks: tasks };
  }, trainerSelector(experiment));
  if (outcome.state !== 'completed') throw new Error(`the run ended "${outcome.state}", not completed`);
  return outcome;
}

async function benchPage(context: BrowserContext, baseUrl: string, target: (typeof TRAINER_PAGES)[number], runs: number, log: (s: string) => void): Promise<SitePageResult> {
  const load = loadavg()[0];
  const result: SitePageResult = {
    path: target.path,
    experiment: target.experiment,
    backend: '-',
    firstMs: NaN,
    nextMs: [],
    nextMedianMs: NaN,
    firstLoopMs: NaN,
    nextLoopMedianMs: NaN,
    firstLongTasks: { count: 0, longestMs: 0 },
    nextLongTasks: { count: 0, longestMs: 0 },
    load,
  };
  const page = await openTrainer(context, new URL(target.path, baseUrl).href, target.experiment, log);
  try {
    const first = await trainOnce(page, target.experiment);
    result.firstMs = first.ms;
    result.firstLoopMs = first.loopMs;
    result.firstLongTasks = summarise(first.longTasks);
    result.backend = ((await page.textContent(`${trainerSelector(target.experiment)} [data-backend]`)) ?? '')
      .replace(/^Runs on: TF\.js /, '')
      .replace(/\.$/, '');
    const loops: number[] = [];
    const tasks: { duration: number }[] = [];
    for (let r = 0; r < runs; r++) {
      const next = await trainOnce(page, target.experiment);
      result.nextMs.push(next.ms);
      loops.push(next.loopMs);
      tasks.push(...next.longTasks);
    }
    result.nextMedianMs = median(result.nextMs);
    result.nextLoopMedianMs = median(loops);
    result.nextLongTasks = summarise(tasks);
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  } finally {
    await page.close();
  }
  return result;
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

async function benchMemory(context: BrowserContext, baseUrl: string, cycles: number, log: (s: string) => void): Promise<SiteMemoryResult> {
  const target = TRAINER_PAGES[0];
  const empty: MemorySnapshot = { numTensors: NaN, tensorBytes: NaN, pageHeapBytes: NaN };
  const half = Math.max(1, Math.round(cycles / 2));
  const result: SiteMemoryResult = { cycles, after1: empty, half, afterHalf: empty, afterN: empty };
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
      if (c !== 1 && c !== half && c !== cycles) continue;
      const snap = await snapshot(page, cdp, target.experiment, worker);
      if (c === 1) result.after1 = snap;
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

export async function runSiteBench(o: SiteBenchOptions): Promise<SiteBenchResult> {
  const server = await startStaticServer({ root: o.dir });
  const profile = await mkdtemp(join(tmpdir(), 'bench-site-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const result: SiteBenchResult = { dir: o.dir, chromium: 'chromium', pages: [] };
  try {
    const probe = await context.newPage();
    const agent = await probe.evaluate(() => navigator.userAgent);
    await probe.close();
    result.chromium = `chromium ${/Chrome\/(\d+)/.exec(agent)?.[1] ?? ''}`.trim();
    for (const target of TRAINER_PAGES) {
      o.log(`site ${target.path}...`);
      result.pages.push(await benchPage(context, server.url, target, o.runs, o.log));
    }
    o.log(`site ${TRAINER_PAGES[0].path}: ${o.cycles} Train/Reset cycles...`);
    result.memory = await benchMemory(context, server.url, o.cycles, o.log);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
  return result;
}
