/**
 * Driving one demo page of the built site in Chromium for the site bench: open it with a
 * long-task observer, click Train and time the run to the results on screen.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { EXPERIMENTS } from '../../src/lib/experiments/registry';

/** Every experiment whose config names the lesson page that trains it. */
/** Every experiment whose page has a trainer for it (the linear moons and circles have figures only). */
export const TRAINER_PAGES = EXPERIMENTS.flatMap((c) => (c.page && c.figures.includes('trainer') ? [{ path: c.page, experiment: c.id }] : []));

export interface LongTasks {
  count: number;
  longestMs: number;
}

export interface RunOutcome {
  ms: number;
  state: string;
  loopMs: number;
  longTasks: { start: number; duration: number }[];
}

export interface BenchWindow {
  benchLongTasks: { start: number; duration: number }[];
}

export const trainerSelector = (experiment: string) => `demo-trainer[experiment="${experiment}"]`;

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarise(tasks: { duration: number }[]): LongTasks {
  return { count: tasks.length, longestMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0) };
}

/**
 * Opens a demo page, its CPU slowed down `rate` times from before it loads (DevTools'
 * Emulation.setCPUThrottlingRate, as Lighthouse's mobile runs use 4x), ready to train.
 */
export async function openTrainer(context: BrowserContext, url: string, experiment: string, log: (s: string) => void, rate = 1): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`page error on ${url}: ${e.message}`));
  if (rate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  await page.goto(url, { waitUntil: 'load' });
  // A config may name the page of the experiment it derives from without a trainer of its own there.
  if ((await page.locator(trainerSelector(experiment)).count()) === 0) {
    await page.close();
    throw new Error(`the page has no trainer for ${experiment}`);
  }
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
export async function trainOnce(page: Page, experiment: string): Promise<RunOutcome> {
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
