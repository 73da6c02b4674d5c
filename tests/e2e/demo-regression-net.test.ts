/**
 * The regression page's neural-net section in Chromium: the sine with a hidden layer of 16 tanh
 * units reaches the noise floor and draws a curve that falls, rises and falls again; one sigmoid unit on the
 * same sine stays far above it and the report says a hidden layer is needed; the paragraph and
 * the code under the trainer follow the curve, the hidden units and the activation; a refused
 * unit count keeps the last good model; no tensor is left after the runs; and without
 * JavaScript the build's run, its numbers and its code are there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { withoutJavaScript } from './support/withoutJavaScript';
import { browserForFile } from './support/browserForFile';
import { linePoints } from './support/linePoints';
import { trainUntil, workerMemory } from './support/trainer';
import { visitForBlock } from './support/visitForBlock';

const PAGE = 'lesson/regression/';
const TRAINER = '#sine-trainer';
const FIT = 'regression-fit[experiment="sine"]';
const RECIPE = 'regression-recipe[experiment="sine"]';
const FLOOR = 0.01;

const train = (page: Page) => trainUntil(page, TRAINER);

async function setField(page: Page, knob: string, text: string): Promise<void> {
  await page.locator(`#sine-trainer-${knob}`).fill(text);
}

const testMse = async (page: Page) => Number(await page.locator(`${FIT} [data-report-row="test"]`).getAttribute('data-value'));
const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

/** The model's curve in the fit figure, in SVG coordinates (y grows downwards). */
const fittedCurve = (page: Page) => linePoints(page, FIT);

/** How often a curve changes between rising and falling, ignoring wiggles under `tolerance` px. */
function turns(curve: { y: number }[], tolerance = 3): number {
  let direction = 0;
  let anchor = curve[0]?.y ?? 0;
  let count = 0;
  for (const { y } of curve) {
    const step = y - anchor;
    if (Math.abs(step) < tolerance) continue;
    const now = Math.sign(step);
    if (direction !== 0 && now !== direction) count++;
    direction = now;
    anchor = y;
  }
  return count;
}

const browser = browserForFile();

describe('regression with a neural net', () => {
  const demo = visitForBlock(browser, PAGE, [TRAINER, FIT, RECIPE]);

  it('fits the sine to the noise floor with 16 tanh units, and draws a curve that turns', async () => {
    const { page } = demo;
    expect(await text(page, `${RECIPE} [data-recipe-text]`)).toContain('The model is 16 tanh units, then a linear output: 49 parameters.');
    await train(page);
    const mse = await testMse(page);
    expect(mse).toBeGreaterThan(0.5 * FLOOR);
    expect(mse).toBeLessThanOrEqual(1.3 * FLOOR);
    expect(await text(page, `${FIT} [data-report-verdict]`)).toMatch(/close to the noise floor|under the noise floor/);
    expect(await text(page, `${FIT} [data-report-row="weights"] td`)).toBe('16 tanh units, then a linear output (49 parameters)');
    expect(await page.locator(`${FIT} [data-report-row="lesson"]`).count()).toBe(0);
    await page.locator(FIT).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`${FIT} [data-figure]`).getAttribute('data-live'), { timeout: 15_000 }).toBe('true');
    // sin(x / 4) on [-20, 20] falls to a trough, rises to a crest and falls again; the turns
    // just inside both ends are too small to count.
    expect(turns(await fittedCurve(page))).toBe(2);
  });

  it('with 0 hidden units trains one sigmoid unit, which stays far above the floor, and the text and code say so', async () => {
    const { page } = demo;
    await setField(page, 'hiddenUnits', '0');
    await expect.poll(() => text(page, `${RECIPE} [data-recipe-text]`)).toContain('The model is one sigmoid unit, σ(wx + b): 2 parameters.');
    expect(await text(page, `${RECIPE} [data-recipe-code="python"]`)).toContain('keras.layers.Dense(1, activation="sigmoid")');
    expect(await text(page, `${RECIPE} [data-recipe-code="ts"]`)).toContain('buildRegressor({ inputs: 1, seed: 3 })');
    expect(new URL(page.url()).searchParams.get('sine.hiddenUnits')).toBe('0');
    await train(page);
    expect(await testMse(page)).toBeGreaterThan(10 * FLOOR);
    expect(await text(page, `${FIT} [data-report-verdict]`)).toMatch(/give the model a hidden layer/);
    expect(await text(page, `${FIT} [data-report-row="weights"] th`)).toBe('Weight and bias');
    expect(await text(page, `${FIT} [data-report-row="weights"] td`)).toMatch(/^w = −?\d+\.\d{3}, b = −?\d+\.\d{3}$/);
    // A figure out of view redraws when scrolled to.
    await page.locator(FIT).scrollIntoViewIfNeeded();
    await expect.poll(async () => turns(await fittedCurve(page)), { timeout: 15_000 }).toBe(0);
  });

  it('follows the curve and the activation in the text and the code', async () => {
    const { page } = demo;
    await page.locator('#sine-trainer-target').selectOption('abs');
    await setField(page, 'hiddenUnits', '8');
    await page.locator('#sine-trainer-activation').selectOption('relu');
    await expect.poll(() => text(page, `${RECIPE} [data-recipe-text]`)).toMatch(/^The curve is y = \|x\| \/ 20 .*The model is 8 relu units, then a linear output: 25 parameters\./);
    expect(await text(page, `${RECIPE} [data-recipe-code="python"]`)).toContain('y = np.abs(x) / 20 + 0.1 * rng.randn(len(x))');
    expect(await text(page, `${RECIPE} [data-recipe-code="python"]`)).toContain('keras.layers.Dense(8, activation="relu")');
    expect(await text(page, `${RECIPE} [data-recipe-code="ts"]`)).toContain("target: 'abs'");
    expect(await text(page, `${RECIPE} [data-recipe-code="ts"]`)).toContain("hidden: [8], hiddenActivation: 'relu'");
  });

  it('refuses a unit count out of range with a message, and keeps the last good model in the text', async () => {
    const { page } = demo;
    await setField(page, 'hiddenUnits', '1000');
    await expect.poll(() => page.locator('#sine-trainer-hiddenUnits-message').textContent()).toMatch(/too large/);
    expect(await page.locator('#sine-trainer-hiddenUnits').getAttribute('aria-invalid')).toBe('true');
    expect(await text(page, `${RECIPE} [data-recipe-text]`)).toContain('8 relu units');
    await setField(page, 'hiddenUnits', '16');
    await page.locator('#sine-trainer-activation').selectOption('tanh');
    await page.locator('#sine-trainer-target').selectOption('sine');
    await expect.poll(() => text(page, `${RECIPE} [data-recipe-text]`)).toContain('16 tanh units');
  });

  it('leaves no tensor behind after another run', async () => {
    const { page } = demo;
    const memory = () => workerMemory(page, TRAINER);
    const before = await memory();
    await train(page);
    const after = await memory();
    expect(after.running).toBe(false);
    expect(after.numTensors).toBe(before.numTensors);
  });

  it('Reset brings back the config’s model in the text and a clean URL', async () => {
    const { page } = demo;
    await setField(page, 'hiddenUnits', '3');
    await expect.poll(() => text(page, `${RECIPE} [data-recipe-text]`)).toContain('3 tanh units');
    await page.locator(`${TRAINER} [data-action="reset"]`).click();
    await expect.poll(() => text(page, `${RECIPE} [data-recipe-text]`)).toContain('16 tanh units');
    expect([...new URL(page.url()).searchParams.keys()].filter((k) => k.startsWith('sine.'))).toEqual([]);
  });
});

describe('regression with a neural net, without JavaScript', () => {
  it('shows the build’s run of the sine, its numbers and the code for its settings', async () => {
    await withoutJavaScript({ chromiumPath: inject('chromiumPath'), baseUrl: inject('baseUrl') }, PAGE, async (page) => {
      expect(await page.locator(`${FIT} [data-figure-panel] svg[role="img"]`).count()).toBe(1);
      expect(await testMse(page)).toBeLessThanOrEqual(1.3 * FLOOR);
      expect(await page.locator(`${RECIPE} [data-recipe-code="python"]`).textContent()).toContain('keras.layers.Dense(16, activation="tanh")');
      expect(await page.locator(`${RECIPE} [data-js-only]`).isHidden()).toBe(true);
      // The table of the build's runs: one row per curve.
      expect(await page.locator('table:has(caption:text("Test MSE of each model on each curve")) tbody tr').count()).toBe(4);
    });
  });
});
