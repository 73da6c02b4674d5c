/**
 * The softmax calculator on the softmax page, in Chromium: it starts from the lesson's worked
 * example, recomputes as the reader types (checked against numbers this test computes on its
 * own, not with the site's code), keeps the last good result when an entry is not a number,
 * resets, and without JavaScript still shows the computed example.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from './support/browserForFile';
import { visitForBlock } from './support/visitForBlock';
import { withoutJavaScript } from './support/withoutJavaScript';

const PAGE = 'lesson/softmax/';
const CALC = 'softmax-calculator';

const LESSON = {
  W: [
    [0.01, -0.05, 0.1, 0.05],
    [0.7, 0.2, 0.05, 0.16],
    [0.0, -0.45, -0.2, 0.03],
  ],
  x: [-15, 22, -44, 56],
  b: [0.0, 0.2, -0.3],
  label: 2,
};

/** The softmax classifier on one sample, written out independently of src/lib. */
function expected(W: number[][], x: number[], b: number[], label: number) {
  const scores = W.map((row, k) => row.reduce((s, w, d) => s + w * x[d], b[k]));
  const exps = scores.map(Math.exp);
  const total = exps.reduce((s, e) => s + e, 0);
  const probs = exps.map((e) => e / total);
  return { scores, probs, loss: -Math.log(probs[label]) };
}

/** Table text to a number: the page prints a typographic minus. */
const num = (text: string | null) => Number((text ?? '').trim().replace('\u2212', '-'));

async function results(page: Page) {
  return page.evaluate((calc) => {
    const root = document.querySelector(calc)!;
    const text = (name: string) => root.querySelector(`[data-result="${name}"]`)?.textContent ?? '';
    return {
      scores: [0, 1, 2].map((j) => text(`score-${j}`)),
      probs: [0, 1, 2].map((j) => text(`prob-${j}`)),
      grads: [0, 1, 2].map((j) => text(`grad-${j}`)),
      loss: text('loss'),
      bars: [0, 1, 2].map((j) => (root.querySelector(`[data-bar="${j}"]`) as HTMLElement).style.width),
    };
  }, CALC);
}

/** Types into a cell the way a reader does: select all, type, one input event per key. */
async function typeInto(page: Page, cell: string, text: string): Promise<void> {
  const input = page.locator(`${CALC} [data-cell="${cell}"]`);
  await input.click();
  await input.press('ControlOrMeta+a');
  if (text === '') await input.press('Backspace');
  else await input.pressSequentially(text);
}

const browser = browserForFile();

describe('softmax calculator', () => {
  const calc = visitForBlock(browser, PAGE, [CALC], { waitUntil: 'networkidle' });

  it('opens with the lesson’s numbers in the inputs and in the results', async () => {
    const { page } = calc;
    expect(await page.locator(`${CALC} [data-cell="W-1-0"]`).inputValue()).toBe('0.7');
    expect(await page.locator(`${CALC} [data-cell="x-2"]`).inputValue()).toBe('-44');
    expect(await page.locator(`${CALC} [data-cell="label"]`).inputValue()).toBe('2');
    const want = expected(LESSON.W, LESSON.x, LESSON.b, LESSON.label);
    const r = await results(page);
    r.scores.forEach((s, j) => expect(num(s)).toBeCloseTo(want.scores[j], 2));
    r.probs.forEach((p, j) => expect(num(p)).toBeCloseTo(want.probs[j], 3));
    expect(r.probs).toEqual(['0.015', '0.631', '0.353']);
    expect(num(r.loss)).toBeCloseTo(want.loss, 2);
    expect(r.loss).toBe('1.04');
    expect(r.grads.map(num)).toEqual([0.015, 0.631, -0.647]);
    // The inputs are editable once the script runs (read-only in the static page).
    expect(await page.locator(`${CALC} [data-cell="x-0"]`).getAttribute('readonly')).toBeNull();
  });

  it('recomputes the probabilities and the loss as x is edited', async () => {
    const { page } = calc;
    await typeInto(page, 'x-0', '-20');
    const want = expected(LESSON.W, [-20, 22, -44, 56], LESSON.b, LESSON.label);
    await expect.poll(async () => num((await results(page)).loss)).toBeCloseTo(want.loss, 2);
    const r = await results(page);
    r.probs.forEach((p, j) => expect(num(p)).toBeCloseTo(want.probs[j], 3));
    r.bars.forEach((w, j) => expect(parseFloat(w)).toBeCloseTo(want.probs[j] * 100, 1));
    // The true class now wins: its score is the largest.
    expect(want.scores.indexOf(Math.max(...want.scores))).toBe(2);
  });

  it('recomputes when W and the true class change, and typesets the new formulas', async () => {
    const { page } = calc;
    await typeInto(page, 'W-2-0', '-0.1');
    await page.locator(`${CALC} [data-cell="label"]`).selectOption('1');
    const W = LESSON.W.map((row) => [...row]);
    W[2][0] = -0.1;
    const want = expected(W, [-20, 22, -44, 56], LESSON.b, 1);
    await expect.poll(async () => num((await results(page)).loss)).toBeCloseTo(want.loss, 2);
    const r = await results(page);
    r.probs.forEach((p, j) => expect(num(p)).toBeCloseTo(want.probs[j], 3));
    expect(num(r.grads[1])).toBeCloseTo(want.probs[1] - 1, 3);
    // KaTeX arrives on the first edit and the loss formula then names the new class and value.
    const lossFormula = page.locator(`${CALC} [data-formula="loss"]`);
    await expect.poll(() => lossFormula.getAttribute('data-tex')).toContain('p_{1}');
    expect(await lossFormula.locator('math').count()).toBe(1);
    expect(await lossFormula.textContent()).toContain(r.loss);
    // The live region says it in words, after typing pauses.
    await expect
      .poll(() => page.locator(`${CALC} [data-announce]`).textContent())
      .toBe(`Loss ${r.loss}; the true class, class 1, has probability ${r.probs[1]}.`);
  });

  it.each(['abc', '', 'NaN', '1e400'])('marks a bad entry (%j) with a message and keeps the last result', async (bad) => {
    const { page } = calc;
    const before = await results(page);
    const input = page.locator(`${CALC} [data-cell="W-0-3"]`);
    // One input event: typed key by key, '1e400' passes through the valid '1e4' on its way.
    await input.fill(bad);
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const messageId = await input.getAttribute('aria-describedby');
    expect(messageId).toBeTruthy();
    const message = page.locator(`[id="${messageId}"]`);
    expect(await message.textContent()).toMatch(/W, row 0, column 3/);
    expect(await page.locator(`${CALC} [data-stale]`).isVisible()).toBe(true);
    expect(await results(page)).toEqual(before);
    // Fixing the entry clears the mark and the message.
    await typeInto(page, 'W-0-3', '0.05');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator(`${CALC} [data-errors] li`).count()).toBe(0);
    expect(calc.visit.pageErrors).toEqual([]);
  });

  it('prints huge scores without overflowing', async () => {
    const { page } = calc;
    await typeInto(page, 'x-3', '100000');
    await expect.poll(async () => (await results(page)).probs[0]).not.toBe('');
    const r = await results(page);
    expect(r.loss).not.toMatch(/NaN|Infinity/);
    expect(r.probs.join(' ')).not.toMatch(/NaN/);
    const exp0 = await page.locator(`${CALC} [data-result="exp-0"]`).textContent();
    expect(exp0).toMatch(/× 10/);
  });

  it('resets to the lesson’s example', async () => {
    const { page } = calc;
    await typeInto(page, 'b-1', 'oops');
    await page.getByRole('button', { name: 'Reset to the lesson’s example' }).click();
    const r = await results(page);
    expect(r.probs).toEqual(['0.015', '0.631', '0.353']);
    expect(r.loss).toBe('1.04');
    expect(await page.locator(`${CALC} [data-cell="x-0"]`).inputValue()).toBe('-15');
    expect(await page.locator(`${CALC} [data-cell="label"]`).inputValue()).toBe('2');
    expect(await page.locator(`${CALC} [aria-invalid="true"]`).count()).toBe(0);
    await expect.poll(() => page.locator(`${CALC} [data-formula="loss"]`).getAttribute('data-tex')).toContain('p_{2}');
  });

  it('is usable from the keyboard: Tab reaches the inputs and the reset button', async () => {
    const { page } = calc;
    await page.locator(`${CALC} [data-cell="b-2"]`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell)).toBe('label');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset to the lesson’s example');
  });
});

describe('softmax calculator at 360 px', () => {
  it('keeps the page from scrolling sideways; the W grid scrolls inside itself', async () => {
    const visit = await browser.openPage(PAGE, { viewport: { width: 360, height: 740 } });
    try {
      const layout = await visit.page.evaluate((calc) => {
        const root = document.documentElement;
        const grid = document.querySelector(`${calc} .smc__scroll`) as HTMLElement;
        return { page: root.scrollWidth - root.clientWidth, gridFits: grid.getBoundingClientRect().right <= root.clientWidth };
      }, CALC);
      expect(layout.page).toBe(0);
      expect(layout.gridFits).toBe(true);
    } finally {
      await visit.close();
    }
  });
});

describe('softmax calculator without JavaScript', () => {
  it('shows the computed example with typeset formulas and read-only inputs', async () => {
    await withoutJavaScript({ chromiumPath: inject('chromiumPath'), baseUrl: inject('baseUrl') }, PAGE, async (page) => {
      // The element never upgraded: what shows is the build's markup.
      expect(await page.locator(CALC).getAttribute('data-ready')).toBeNull();
      expect(await page.locator(`${CALC} [data-result="prob-2"]`).textContent()).toBe('0.353');
      expect(await page.locator(`${CALC} [data-result="loss"]`).textContent()).toBe('1.04');
      expect(await page.locator(`${CALC} [data-formula] math`).count()).toBe(5);
      expect(await page.locator(`${CALC} [data-cell="x-0"]`).getAttribute('readonly')).not.toBeNull();
      expect(await page.locator(`${CALC} [data-reset]`).isVisible()).toBe(false);
    });
  });
});
