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
/** Time after the last key for debounced work and redraws to run. */
export const SETTLE_MS = 1500;

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
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await page.evaluate(
    (from) => (window as unknown as BenchWindow).benchLongTasks.filter((t) => t.start + t.duration > from),
    t0,
  );
  return { field: id, value: TYPED_VALUE, longTasks: summarise(tasks) };
}
