/**
 * A data size typed key by key, as a reader types it: 10000 into the four-blobs Samples and the
 * regression's Points. The figures end up drawing the typed value's data (10,000 points, split
 * 8,000 / 2,000, one path per look as a single drawing makes it), the data is made once, for
 * the final value, and never for 1, 10, 100 or 1000 on the way, and a refused value gets its
 * message on the key that made it. Behaviour only: no duration is asserted.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from './support/browserForFile';
import { withDemoPage } from './support/withDemoPage';
import { countPoints, DOT_SHAPES } from '../support/drawnDots';

const baseUrl = inject('baseUrl');
const browser = browserForFile(baseUrl);

interface Seen {
  /** Sample counts of the data the store made, in order. */
  data: number[];
  /** Points the figure showed each time it finished a drawing. */
  drawn: number[];
}

/** From now on, records the store's data events and the figure's finished drawings. */
async function watch(page: Page, experiment: string, figure: string): Promise<void> {
  await page.evaluate(
    ([exp, sel, shapes]) => {
      const w = window as unknown as { seen: Seen };
      w.seen = { data: [], drawn: [] };
      const trainer = document.querySelector(`demo-trainer[experiment="${exp}"]`) as HTMLElement & {
        store: { on(event: string, listener: (d: { all: { X: unknown[] } }) => void): void };
      };
      trainer.store.on('data', (d) => w.seen.data.push(d.all.X.length));
      const el = document.querySelector(sel)!;
      el.addEventListener('figure-drawn', () => {
        const panel = el.querySelector('[data-figure-panel]')!;
        w.seen.drawn.push(Array.from(panel.querySelectorAll(shapes)).reduce((n, e) => n + Number(e.getAttribute('data-points') ?? 1), 0));
      });
    },
    [experiment, figure, DOT_SHAPES] as const,
  );
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

/** Points drawn by each dot mark of a panel, and the paths each uses. */
async function marks(panel: Locator): Promise<{ points: number; paths: number }[]> {
  const groups = panel.locator('g[data-mark="dot"]');
  const out: { points: number; paths: number }[] = [];
  for (let i = 0; i < (await groups.count()); i++) {
    const shapes = groups.nth(i).locator(':not(g)');
    out.push({ points: await shapes.evaluateAll(countPoints), paths: await shapes.count() });
  }
  return out;
}

describe('typing a data size key by key', () => {
  it('four blobs: draws the 10000 samples typed, making the data once, and refuses 5 on its key', async () => {
    await withDemoPage(browser, 'lesson/four-blobs/', 'demo-trainer[experiment="blobs4"][data-ready="true"]', async (_visit, page) => {
      const input = page.locator('demo-blobs input[data-knob="samples"]');
      const message = page.locator('demo-blobs [data-knob-message="samples"]');
      await input.scrollIntoViewIfNeeded();
      const lesson = await input.inputValue();
      await input.fill('');
      await watch(page, 'blobs4', 'demo-blobs');
      await input.pressSequentially('5');
      // Refused on the key itself: the message is there before any pause.
      expect(await message.textContent()).toMatch(new RegExp(`too small.*Still using ${lesson}\\.`));
      await input.fill('');
      await input.pressSequentially('10000');
      expect(await input.inputValue()).toBe('10000');
      expect(await message.textContent()).toBe('');
      await expect.poll(async () => (await seen(page)).drawn, { timeout: 30_000 }).toEqual([10000]);
      expect((await seen(page)).data).toEqual([10000]);
      expect(new URL(page.url()).searchParams.get('blobs4.samples')).toBe('10000');
      const [train, test] = await marks(page.locator('demo-blobs [data-figure-panel]').first());
      expect([train.points, test.points]).toEqual([8000, 2000]);
      // One path per class in each mark, as a single drawing of all the points gives.
      expect([train.paths, test.paths]).toEqual([4, 4]);
      expect(await page.textContent('demo-blobs .static-figure__caption')).toMatch(/10000 points/);
    });
  });

  it('regression: both data panels and the fit figure draw the 10000 points typed, from one data event', async () => {
    await withDemoPage(browser, 'lesson/regression/', 'regression-data[experiment="regression"][data-ready="true"]', async (_visit, page) => {
      const input = page.locator('#regression-data-points');
      await input.scrollIntoViewIfNeeded();
      await input.fill('');
      await watch(page, 'regression', 'regression-data[experiment="regression"]');
      await input.pressSequentially('10000');
      await expect.poll(async () => (await seen(page)).drawn, { timeout: 30_000 }).toEqual([10000]);
      expect((await seen(page)).data).toEqual([10000]);
      const split = await marks(page.locator('[data-figure="regression-data"] [data-figure-panel]').nth(1));
      expect(split.map((m) => m.points)).toEqual([8000, 2000]);
      expect(split.map((m) => m.paths)).toEqual([1, 1]);
      // The caption speaks of the data drawn, not of the build's.
      expect(await page.textContent('regression-data .static-figure__caption')).toBe('The noisy sigmoid: 10000 points, then 8000 for training and 2000 for testing');
      await page.locator('regression-fit[experiment="regression"]').scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator(`regression-fit[experiment="regression"] ${DOT_SHAPES}`).evaluateAll(countPoints), { timeout: 30_000 }).toBe(10000);
    });
  });
});
