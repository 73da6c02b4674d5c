/**
 * The site bench's typing pass: on a page whose data has a size field (the blobs' Samples, the
 * regression's Points), type a large value one key at a time, as a reader does, and count the
 * page's long tasks from the first key until the page has settled.
 */
import type { Page } from 'playwright-core';
import { summarise, type BenchWindow, type LongTasks } from './siteDriver';

/** What is typed, and the pause between keys (a quick typist). */
export const TYPED_VALUE = '10000';
const KEY_DELAY_MS = 120;
/**
 * The page has settled once this long has passed without a long task, after the last key: the
 * debounced data and every figure's redraw, which may take many frames, are then counted whole.
 */
export const SETTLE_MS = 1500;
/** The longest wait for the page to settle after the last key. */
const SETTLE_LIMIT_MS = 30_000;

export interface TypingResult {
  field: string;
  value: string;
  longTasks: LongTasks;
}

/** The experiment's field that sets how many samples its data has, if it has one. */
export function sizeFieldSelector(experiment: string): string {
  return [`samples`, `points`].map((name) => `input[id^="${experiment}-"][id$="-${name}"]`).join(', ');
}

export async function typeDataSize(page: Page, experiment: string): Promise<TypingResult | undefined> {
  const field = page.locator(sizeFieldSelector(experiment)).first();
  if ((await field.count()) === 0) return undefined;
  const id = (await field.getAttribute('id')) ?? '';
  await field.scrollIntoViewIfNeeded();
  await field.fill('');
  // Let the cleared field's own work finish before the clock starts.
  await page.waitForTimeout(SETTLE_MS);
  const t0 = await page.evaluate(() => performance.now());
  await field.pressSequentially(TYPED_VALUE, { delay: KEY_DELAY_MS });
  const since = (from: number) =>
    page.evaluate((t) => (window as unknown as BenchWindow).benchLongTasks.filter((task) => task.start + task.duration > t), from);
  const last = await page.evaluate(() => performance.now());
  for (let waited = 0; waited < SETTLE_LIMIT_MS; waited += SETTLE_MS) {
    await page.waitForTimeout(SETTLE_MS);
    const now = await page.evaluate(() => performance.now());
    const latest = (await since(last)).reduce((end, t) => Math.max(end, t.start + t.duration), last);
    if (now - latest >= SETTLE_MS) break;
  }
  return { field: id, value: TYPED_VALUE, longTasks: summarise(await since(t0)) };
}
