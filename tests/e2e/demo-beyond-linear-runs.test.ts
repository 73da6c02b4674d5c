/**
 * The standing rules of a demo, on the hidden-layer trainers of the beyond-linear page and of the
 * regression page's neural net: Stop ends a long run midway and Reset brings back the config and
 * a clean URL, the regression's run at learning rate 1000 diverges and says so with advice, and
 * twenty runs in a row leave the worker holding exactly what it held after the first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PageVisit } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { heldTensors, trainToEnd } from './support/trainer';
import { withDemoPage } from './support/withDemoPage';

const CIRCLES = 'demo-trainer[experiment="circles"]';
const SINE = 'demo-trainer[experiment="sine"]';

const browser = browserForFile();

const withTrainer = (path: string, trainer: string, check: (visit: PageVisit, page: Page) => Promise<void>) =>
  withDemoPage(browser, path, `${trainer}[data-ready="true"]`, check);

/** Trains `trainer` at `path` 20 times and checks its worker then holds what it held after the first run. */
const expectNoTensorLeftOver20Runs = (path: string, trainer: string) =>
  withTrainer(path, trainer, async (_visit, page) => {
    expect(await trainToEnd(page, trainer)).toBe('completed');
    const afterFirst = await heldTensors(page, trainer);
    for (let run = 2; run <= 20; run++) expect(await trainToEnd(page, trainer), `run ${run}`).toBe('completed');
    expect(await heldTensors(page, trainer)).toBe(afterFirst);
  });

describe('the circles trainer', () => {
  it('stops a long run midway, and Reset brings back 8 hidden units and a clean URL', async () => {
    await withTrainer('lesson/beyond-linear/?circles.batchSize=1&circles.epochs=500', CIRCLES, async (_visit, page) => {
      await page.click(`${CIRCLES} button[data-action="train"]`);
      // Epoch 2 in progress: the first has ended, so the run has really begun training.
      await page.waitForFunction((sel) => /Epoch ([2-9]|\d{2,}) of 500/.test(document.querySelector(`${sel} [data-progress-text]`)?.textContent ?? ''), CIRCLES, { timeout: 60_000 });
      await page.click(`${CIRCLES} button[data-action="stop"]`);
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'stopped', CIRCLES, { timeout: 60_000 });
      expect(await page.textContent(`${CIRCLES} [data-status]`)).toMatch(/^Stopped after \d+ of 500 epochs/);
      await page.fill(`${CIRCLES} [data-knob="hiddenUnits"]`, '3');
      await expect.poll(() => new URL(page.url()).searchParams.get('circles.hiddenUnits')).toBe('3');
      await page.click(`${CIRCLES} button[data-action="reset"]`);
      await expect.poll(() => page.inputValue(`${CIRCLES} [data-knob="hiddenUnits"]`)).toBe('8');
      expect(await page.inputValue(`${CIRCLES} [data-knob="epochs"]`)).toBe('100');
      expect([...new URL(page.url()).searchParams.keys()].filter((k) => k.startsWith('circles.'))).toEqual([]);
    });
  });

  it('leaves no tensor behind over 20 runs', () => expectNoTensorLeftOver20Runs('lesson/beyond-linear/?circles.epochs=2', CIRCLES));
});

describe('the neural-net regression trainer', () => {
  it('says a run at learning rate 1000 diverged, and what to try', async () => {
    await withTrainer('lesson/regression/?sine.learningRate=1000&sine.epochs=5', SINE, async (_visit, page) => {
      expect(await trainToEnd(page, SINE)).toBe('diverged');
      const status = (await page.textContent(`${SINE} [data-status]`)) ?? '';
      expect(status).toMatch(/diverged/);
      expect(status).toMatch(/learning rate/);
    });
  });

  it('leaves no tensor behind over 20 runs', () => expectNoTensorLeftOver20Runs('lesson/regression/?sine.epochs=2', SINE));
});
