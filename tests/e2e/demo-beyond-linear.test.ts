/**
 * The beyond-linear page's demos in the built site: on the moons, the trainer's hidden layer
 * reaches a test accuracy of 0.97 or more and bends the drawn boundary, the same trainer with 0
 * hidden units (the linear softmax) stays below that, the activation choice is a select whose
 * value goes into the link by name, a refused unit count keeps the last good one, and the runs
 * leave no tensor behind. The page's static figures are there before any script runs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { withoutJavaScript } from './support/withoutJavaScript';
import type { PageVisit } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { heldTensors, trainToEnd } from './support/trainer';
import { withDemoPage } from './support/withDemoPage';
import { imageClasses, regionsShown, workerGridClasses } from './support/regionImage';

const baseUrl = inject('baseUrl');
const PAGE = 'lesson/beyond-linear/';
const TRAINER = 'demo-trainer[experiment="moons"]';
const BOUNDARY = 'demo-decision-boundary[experiment="moons"]';
const TARGET_ACCURACY = 0.97;

const browser = browserForFile(baseUrl);

const withDemo = (check: (visit: PageVisit, page: Page) => Promise<void>, query = '') =>
  withDemoPage(browser, PAGE + query, `${TRAINER}[data-ready="true"]`, check);

const knob = (name: string) => `${TRAINER} [data-knob="${name}"]`;
const button = (name: string) => `${TRAINER} button[data-action="${name}"]`;

/** Presses Train, waits for the run to end, and returns its state and test accuracy. */
async function trainForAccuracy(page: Page): Promise<{ state: string; accuracy: number }> {
  const state = await trainToEnd(page, TRAINER);
  const accuracy = Number(await page.getAttribute(`${TRAINER} [data-result="accuracy"]`, 'data-value'));
  return { state, accuracy };
}

/** The classes the boundary figure's regions show after a run: one image, one of the model's classes a cell. */
async function regionClasses(page: Page): Promise<Set<number>> {
  const regions = await regionsShown(page, BOUNDARY);
  expect(regions).toMatchObject({ images: 1, rectGroups: 0 });
  const shown = await imageClasses(page, regions.href, 100);
  expect(shown).toEqual(await workerGridClasses(page, TRAINER));
  return new Set(shown);
}

describe('beyond-linear: the moons trainer', () => {
  it('reaches 0.97 with the hidden layer, stays below with 0 hidden units, and leaks no tensor', async () => {
    await withDemo(async (_visit, page) => {
      const before = await heldTensors(page, TRAINER);
      expect(await page.inputValue(knob('hiddenUnits'))).toBe('16');

      const bent = await trainForAccuracy(page);
      expect(bent.state).toBe('completed');
      expect(bent.accuracy).toBeGreaterThanOrEqual(TARGET_ACCURACY);
      expect(await page.textContent(`${TRAINER} [data-status]`)).toMatch(/^Done: 100 epochs/);
      await page.locator(BOUNDARY).scrollIntoViewIfNeeded();
      await page.waitForSelector(`${BOUNDARY} [data-figure][data-live="true"]`);
      expect(await page.textContent(`${BOUNDARY} [data-status]`)).toBe('Shown: your run, after training.');
      expect(await regionClasses(page)).toEqual(new Set([0, 1]));
      const afterFirst = await heldTensors(page, TRAINER);

      await page.fill(knob('hiddenUnits'), '0');
      const straight = await trainForAccuracy(page);
      expect(straight.state).toBe('completed');
      expect(straight.accuracy).toBeLessThan(TARGET_ACCURACY);
      expect(straight.accuracy).toBeLessThan(bent.accuracy);
      // After each run the worker holds what it held before the first: nothing of a run stays behind.
      expect(afterFirst).toBe(before);
      expect(await heldTensors(page, TRAINER)).toBe(before);
      expect(new URL(page.url()).searchParams.get('moons.hiddenUnits')).toBe('0');
    });
  });

  it('offers the activation as a select, written into the link by name, and read back from it', async () => {
    await withDemo(async (_visit, page) => {
      expect(await page.$$eval(`${knob('activation')} option`, (o) => o.map((e) => e.textContent?.trim()))).toEqual(['relu', 'tanh']);
      await page.selectOption(knob('activation'), { label: 'tanh' });
      await page.waitForFunction(() => new URL(location.href).searchParams.get('moons.activation') === 'tanh');
    });
    await withDemo(async (_visit, page) => {
      expect(await page.inputValue(knob('activation'))).toBe('1');
    }, '?moons.activation=tanh&moons.hiddenUnits=4');
  });

  it('refuses a unit count out of range next to the field and keeps the last good one', async () => {
    await withDemo(async (_visit, page) => {
      await page.fill(knob('hiddenUnits'), '500');
      expect(await page.textContent(`${TRAINER} [data-knob-message="hiddenUnits"]`)).toMatch(/too large.*Still using 16\./);
      expect(await page.isDisabled(button('train'))).toBe(true);
      await page.fill(knob('hiddenUnits'), '8');
      expect(await page.textContent(`${TRAINER} [data-knob-message="hiddenUnits"]`)).toBe('');
      expect(await page.isDisabled(button('train'))).toBe(false);
    });
  });

  it('has no accessibility violations in its demos', async () => {
    await withDemo(async (_visit, page) => {
      const results = await new AxeBuilder({ page }).setLegacyMode(true).include('.demo').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  });
});

describe('beyond-linear without JavaScript', () => {
  it('shows the build-time boundaries of the linear and the hidden-layer model, and the trainers’ results', async () => {
    await withoutJavaScript({ chromiumPath: inject('chromiumPath'), baseUrl }, PAGE, async (page) => {
      for (const id of ['moons-linear', 'moons', 'circles']) {
        expect(await page.locator(`demo-decision-boundary[experiment="${id}"] [data-figure-panel] svg[role="img"]`).count(), id).toBe(1);
      }
      expect((await page.textContent('demo-decision-boundary[experiment="moons-linear"] [data-status]'))?.trim()).toBe("Shown: this site's run at build time.");
      const accuracy = (id: string) => page.textContent(`demo-trainer[experiment="${id}"] [data-result="accuracy"]`);
      expect(Number(await accuracy('moons'))).toBeGreaterThanOrEqual(TARGET_ACCURACY);
      expect(Number(await accuracy('circles'))).toBeGreaterThanOrEqual(0.95);
    });
  });
});
