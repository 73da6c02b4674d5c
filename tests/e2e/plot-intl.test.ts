/**
 * The pages with live figures make no Intl number formatter while the reader changes the data
 * and trains: the first one a page makes loads the locale data, a long task on a slow phone.
 * Plot's default formatter makes it on the first number it writes (src/plugins/
 * plotFormatOnDemand.mjs), and the site's figures give Plot strings or formats of their own.
 * Every `new Intl.NumberFormat` in the page is recorded with its stack; each page changes its data,
 * trains every trainer it has, and checks that every figure of a trained experiment was redrawn
 * by Plot and that the record is empty.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type SiteBrowser } from './support/browser';
import { withDemoPage } from './support/withDemoPage';

/** The elements that redraw their figure with Plot (subclasses of src/client/demo/LiveFigure). */
const LIVE = [
  'demo-blobs',
  'demo-loss-curves',
  'demo-predictions',
  'demo-decision-boundary',
  'inside-weights',
  'inside-test-scatter',
  'inside-bias-shift',
  'inside-probabilities',
  'regression-data',
  'regression-fit',
].join(', ');

interface PageRun {
  path: string;
  /** Input ids and the text typed in them before training: a data knob, and fewer epochs for long runs. */
  knobs: Record<string, string>;
}

const RUNS: PageRun[] = [
  { path: 'lesson/four-blobs/', knobs: { 'blobs4-blobs-dataSeed': '102', 'blobs4-trainer-epochs': '3' } },
  { path: 'lesson/inside-a-linear-classifier/', knobs: { 'blobs2-blobs-dataSeed': '102' } },
  { path: 'lesson/regression/', knobs: { 'regression-data-dataSeed': '43', 'sine-trainer-epochs': '30' } },
  { path: 'lesson/beyond-linear/', knobs: { 'moons-blobs-dataSeed': '43', 'moons-trainer-epochs': '30', 'circles-trainer-epochs': '30' } },
];

/** Runs in the page before its scripts: wraps the constructor so each formatter made is recorded. */
function recordNumberFormats(): void {
  const made: string[] = [];
  const original = Intl.NumberFormat;
  const record = () => made.push(new Error('new Intl.NumberFormat').stack ?? 'new Intl.NumberFormat');
  Object.defineProperty(window, '__numberFormats', { value: made });
  Intl.NumberFormat = new Proxy(original, {
    construct(target, args, newTarget) {
      record();
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      record();
      return Reflect.apply(target, thisArg, args);
    },
  });
}

const numberFormats = (page: Page) => page.evaluate(() => (window as unknown as { __numberFormats: string[] }).__numberFormats);

let browser: SiteBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: inject('baseUrl') });
  await browser.context.addInitScript(recordNumberFormats);
});

afterAll(async () => {
  await browser?.close();
});

describe('no Intl number formatter on the pages with live figures', () => {
  for (const run of RUNS) {
    it(`${run.path}: the data changed, every trainer run, every live figure redrawn, no formatter made`, async () => {
      await withDemoPage(browser, run.path, 'demo-trainer[data-ready="true"]', async (_visit, page) => {
        expect(await numberFormats(page), 'formatters made as the page loaded').toEqual([]);
        for (const [id, text] of Object.entries(run.knobs)) await page.locator(`#${id}`).fill(text);

        const trainers = await page.$$eval('demo-trainer', (els) => els.map((el) => el.getAttribute('experiment') ?? ''));
        for (const experiment of trainers) {
          const trainer = `demo-trainer[experiment="${experiment}"]`;
          await page.locator(`${trainer}[data-ready="true"] [data-action="train"]:not([disabled])`).click();
          await page.locator(`${trainer}[data-state="completed"]`).waitFor({ timeout: 150_000 });
        }

        // A figure off screen redraws when it is scrolled to; one of an experiment with no
        // trainer on the page (a build-time comparison) never does.
        const live = page.locator(`:is(${LIVE}):is(${trainers.map((e) => `[experiment="${e}"]`).join(', ')})`);
        const count = await live.count();
        expect(count).toBeGreaterThanOrEqual(trainers.length * 2);
        for (let i = 0; i < count; i++) {
          const figure = live.nth(i);
          await figure.scrollIntoViewIfNeeded();
          await figure.locator('[data-figure][data-live="true"]').first().waitFor({ timeout: 30_000 });
        }
        // The last panels of a figure are drawn in the frames after its first.
        await page.waitForTimeout(500);
        expect(await numberFormats(page), 'formatters made while the figures redrew').toEqual([]);
      });
    });
  }
});
