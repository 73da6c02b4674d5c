/**
 * The task of a first click on Train stays short: the data the run starts with is made while the
 * reader reads (once the trainer is near the viewport, in an idle moment), and the modules the
 * run needs (the worker's session, the live figures' code) are imported in tasks of their own,
 * so Vite's preload links for their chunks are not added in the click's task.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from './support/browserForFile';
import { waitUntilNotRunning } from './support/trainer';
import { withDemoPage } from './support/withDemoPage';

const browser = browserForFile(inject('baseUrl'));

interface Probe {
  store: { dataCache: { generated?: { key: string } } };
}

describe('the first click on Train', () => {
  // The four-blobs page's data demo, near the top, shows the same data from the start.
  for (const [path, experiment, shownAtLoad] of [
    ['lesson/four-blobs/', 'blobs4', true],
    ['lesson/regression/', 'regression', false],
  ] as const) {
    const TRAINER = `demo-trainer[experiment="${experiment}"]`;

    it(`${experiment}: finds its data made and adds no preload link in its own task`, async () => {
      await withDemoPage(browser, path, `${TRAINER}[data-ready="true"]`, async (_visit, page) => {
        const made = () => page.$eval(TRAINER, (t) => (t as unknown as Probe).store.dataCache.generated?.key ?? null);
        // Out of view, nothing is made for the trainer; near the viewport, it is, before any click.
        if (!shownAtLoad) {
          await page.waitForTimeout(300);
          expect(await page.$eval(TRAINER, (t) => t.getBoundingClientRect().top > 2.5 * window.innerHeight)).toBe(true);
          expect(await made()).toBeNull();
        }
        await page.locator(TRAINER).scrollIntoViewIfNeeded();
        await expect.poll(made, { timeout: 10_000 }).not.toBeNull();
        const before = await made();

        const inClick = await page.$eval(TRAINER, (t) => {
          const links = () => document.querySelectorAll('link[rel="modulepreload"]').length;
          const start = links();
          t.querySelector<HTMLButtonElement>('button[data-action="train"]')!.click();
          return { start, end: links() };
        });
        expect(inClick).toEqual({ start: 0, end: 0 });
        expect(await waitUntilNotRunning(page, TRAINER)).toBe('completed');
        // Later tasks did add them, and the run trained on the data made beforehand.
        expect(await page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]').length)).toBeGreaterThan(0);
        expect(await made()).toBe(before);
      });
    });
  }

  it('regression, pressed before its data is made: the click leaves the data to a task of its own', async () => {
    const TRAINER = 'demo-trainer[experiment="regression"]';
    await withDemoPage(browser, 'lesson/regression/', `${TRAINER}[data-ready="true"]`, async (_visit, page) => {
      // Far out of view, so no idle moment has made the data yet.
      const inClick = await page.$eval(TRAINER, (t) => {
        const probe = t as unknown as Probe;
        const before = probe.store.dataCache.generated?.key ?? null;
        t.querySelector<HTMLButtonElement>('button[data-action="train"]')!.click();
        return { before, after: probe.store.dataCache.generated?.key ?? null };
      });
      expect(inClick).toEqual({ before: null, after: null });
      expect(await waitUntilNotRunning(page, TRAINER)).toBe('completed');
      expect(await page.$eval(TRAINER, (t) => (t as unknown as Probe).store.dataCache.generated?.key ?? null)).not.toBeNull();
    });
  });
});
