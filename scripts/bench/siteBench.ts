/**
 * The built site's own demos in headless Chromium, as a reader meets them: for each page with a
 * trainer and each CPU speed (1x, and 4x slower through DevTools' CPU throttling, a mid-range
 * phone), the time from a click on Train to the test results on screen (the first run also
 * loads Plot and TF.js and starts the worker; the next runs find them ready), the page's long
 * tasks while it trains and while a reader types a large data size, and on the four-blobs page
 * the worker's tensors and the JS heaps after repeated Train / Reset cycles (siteMemory.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tools/chromiumArgs';
import { findChromium } from '../../tools/findChromium';
import { startStaticServer } from '../../tools/staticServer';
import { median, openTrainer, summarise, trainerSelector, trainOnce, TRAINER_PAGES, type LongTasks } from './siteDriver';
import { benchMemory, type SiteMemoryResult } from './siteMemory';
import { typeDataSize, type TypingResult } from './siteTyping';

export { TRAINER_PAGES, type LongTasks } from './siteDriver';
export type { MemorySnapshot, SiteMemoryResult } from './siteMemory';

export interface SiteBenchOptions {
  /** The built site (`dist/`), served at `/`. */
  dir: string;
  /** Runs after the first one on each page; their median is reported. */
  runs: number;
  /** Train / Reset cycles on the four-blobs page. */
  cycles: number;
  /** CPU slow-down factors to measure at; 1 is the machine's own speed. */
  rates: readonly number[];
  /** The experiments whose pages to measure (--only); every one with a page by default. */
  experiments?: readonly string[];
  /** Only the typing pass: each page trains once (so its figures are live, as in the full pass), then types. */
  typingOnly?: boolean;
  log(line: string): void;
}

export interface SitePageResult {
  path: string;
  experiment: string;
  /** The CPU throttling rate of this pass (1 = none). */
  rate: number;
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
  /** Typing a large data size into the page's size field, when it has one. */
  typing?: TypingResult;
  /** Load average when the page's runs began. */
  load: number;
  error?: string;
}

export interface SiteBenchResult {
  dir: string;
  chromium: string;
  pages: SitePageResult[];
  memory?: SiteMemoryResult;
}

type Target = (typeof TRAINER_PAGES)[number];

async function benchPage(context: BrowserContext, baseUrl: string, target: Target, rate: number, runs: number, log: (s: string) => void): Promise<SitePageResult> {
  const result: SitePageResult = {
    path: target.path,
    experiment: target.experiment,
    rate,
    backend: '-',
    firstMs: NaN,
    nextMs: [],
    nextMedianMs: NaN,
    firstLoopMs: NaN,
    nextLoopMedianMs: NaN,
    firstLongTasks: { count: 0, longestMs: 0 },
    nextLongTasks: { count: 0, longestMs: 0 },
    load: loadavg()[0],
  };
  let page: Page;
  try {
    page = await openTrainer(context, new URL(target.path, baseUrl).href, target.experiment, log, rate);
  } catch (err) {
    return { ...result, error: err instanceof Error ? err.message : String(err) };
  }
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
    result.typing = await typeDataSize(page, target.experiment);
    if (result.typing) log(`  typing ${result.typing.value} into ${result.typing.field}: ${result.typing.longTasks.count} long tasks, longest ${result.typing.longTasks.longestMs.toFixed(0)} ms`);
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  } finally {
    await page.close();
  }
  return result;
}

/** A browser with its own empty profile, so a pass's first runs load everything afresh. */
async function withContext<T>(job: (context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-site-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  try {
    return await job(context);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

export async function runSiteBench(o: SiteBenchOptions): Promise<SiteBenchResult> {
  const server = await startStaticServer({ root: o.dir });
  const result: SiteBenchResult = { dir: o.dir, chromium: 'chromium', pages: [] };
  const targets = TRAINER_PAGES.filter((t) => !o.experiments || o.experiments.includes(t.experiment));
  try {
    for (const rate of o.rates) {
      await withContext(async (context) => {
        const probe = await context.newPage();
        const agent = await probe.evaluate(() => navigator.userAgent);
        await probe.close();
        result.chromium = `chromium ${/Chrome\/(\d+)/.exec(agent)?.[1] ?? ''}`.trim();
        for (const target of targets) {
          o.log(`site ${target.path} at ${rate}x CPU...`);
          result.pages.push(await benchPage(context, server.url, target, rate, o.typingOnly ? 0 : o.runs, o.log));
        }
      });
    }
    // The memory cycles run on the four-blob page, when it is measured (and not for typing alone).
    if (!o.typingOnly && targets.includes(TRAINER_PAGES[0])) {
      o.log(`site ${TRAINER_PAGES[0].path}: ${o.cycles} Train/Reset cycles...`);
      result.memory = await withContext((context) => benchMemory(context, server.url, o.cycles, o.log));
    }
  } finally {
    await server.close();
  }
  return result;
}
