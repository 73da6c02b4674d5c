/**
 * A reader's own data in the built site: points added by clicking and with the keyboard on the
 * four-blob figure, then trained on (the split, the results and the decision boundary follow
 * those points); the same on the two-blob figure; undo, remove-nearest, clear and Reset; a good
 * CSV file imported, then each kind of bad file refused with its message while the data in use
 * stays; axe clean with the editor open; no console errors, no tensor left after the runs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { PageVisit } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { heldTensors, trainToEnd } from './support/trainer';
import { withDemoPage } from './support/withDemoPage';
import { countPoints, DOT_SHAPES } from '../support/drawnDots';

const baseUrl = inject('baseUrl');
const FOUR = { page: 'lesson/four-blobs/', id: 'blobs4' };
const TWO = { page: 'lesson/inside-a-linear-classifier/', id: 'blobs2' };
/** The lessons' test size: train_test_split(test_size=0.2) puts ceil(0.2 n) points in the test set. */
const testCount = (n: number) => Math.ceil(0.2 * n);

const browser = browserForFile(baseUrl);

const sel = (id: string) => ({
  blobs: `demo-blobs[experiment="${id}"]`,
  trainer: `demo-trainer[experiment="${id}"]`,
  boundary: `demo-decision-boundary[experiment="${id}"]`,
});

function withPage(p: { page: string; id: string }, check: (visit: PageVisit, page: Page) => Promise<void>) {
  return withDemoPage(browser, p.page, `${sel(p.id).trainer}[data-ready="true"]`, check);
}

/** What the experiment's store holds now (the trainer element exposes it). */
async function storeData(page: Page, id: string): Promise<{ n: number; test: number; own: boolean; classes: number[] }> {
  return page.evaluate((t) => {
    const el = document.querySelector(t) as HTMLElement & {
      store: { data(): { all: { X: unknown[]; y: number[] }; XTest: unknown[]; own?: boolean } };
    };
    const d = el.store.data();
    return { n: d.all.X.length, test: d.XTest.length, own: d.own === true, classes: [...new Set(d.all.y)].sort() };
  }, sel(id).trainer);
}

async function openEditor(page: Page, id: string): Promise<void> {
  await page.click(`${sel(id).blobs} details[data-own-data] summary`);
  await page.waitForSelector(`${sel(id).blobs} [data-figure-panel].own-surface[role="application"]`);
  await page.waitForSelector(`${sel(id).blobs} [data-own="class"]`);
  // The scatter is redrawn on the editor's square before a click is read in it.
  await page.waitForSelector(`${sel(id).blobs} [data-figure][data-live="true"]`);
}

/** Clicks the figure at the data position (x0, x1) of the editor's [-20, 20] square. */
async function clickAt(page: Page, id: string, x0: number, x1: number): Promise<void> {
  // Each point redraws the chart (a new svg of the same size), so it is measured in the page
  // and clicked with the mouse, not held as an element that may be replaced meanwhile.
  const at = await page.evaluate(
    ([f, a, b]) => {
      const svg = document.querySelector(`${f} [data-figure-panel] svg[role="img"]`)!;
      svg.scrollIntoView({ block: 'center' });
      const box = svg.getBoundingClientRect();
      // The 560-unit chart's plotting area runs from 52 to 540 across and 28 to 516 down.
      const scale = box.width / 560;
      return { x: box.left + (52 + ((a + 20) / 40) * 488) * scale, y: box.top + (28 + ((20 - b) / 40) * 488) * scale };
    },
    [sel(id).blobs, x0, x1] as const,
  );
  await page.mouse.click(at.x, at.y);
}

async function status(page: Page, id: string): Promise<string> {
  return (await page.textContent(`${sel(id).blobs} [data-status]`)) ?? '';
}

const train = (page: Page, id: string) => trainToEnd(page, sel(id).trainer, 120_000);

async function demoAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).include('.demo').analyze();
  return results.violations.map((v) => `${v.id} [${v.impact ?? 'n/a'}]: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('own points on the four-blob figure', () => {
  it('adds points by clicking and with the keyboard, trains on them, and frees every tensor', async () => {
    await withPage(FOUR, async (_visit, page) => {
      const s = sel(FOUR.id);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 4000, own: false });
      expect(await page.isVisible(`${s.blobs} details[data-own-data]`)).toBe(true);
      await openEditor(page, FOUR.id);
      expect(await page.textContent(`${s.blobs} details[data-own-data]`)).toMatch(/not part of the shareable link/);

      // Five clicked points of class 0 in the top left.
      for (let i = 0; i < 5; i++) await clickAt(page, FOUR.id, -12 + i, 10 - i);
      expect(await status(page, FOUR.id)).toMatch(/Added a class 0 point at x₀ −8(\.\d+)?, x₁ 6(\.\d+)?\. Your data: 5 points in 1 class/);
      expect(await status(page, FOUR.id)).toMatch(/add points of at least one other class/);
      expect(await page.isDisabled(`${s.trainer} button[data-action="train"]`)).toBe(true);
      expect(await page.textContent(`${s.trainer} [data-train-why]`)).toMatch(/All points are of class 0/);
      expect(await page.isDisabled(`${s.blobs} input[data-knob="samples"]`)).toBe(true);

      // Six keyboard points of class 2 in the bottom right. The cursor is where the last click
      // was, about (-8, 6); its steps (2.5 with Shift, 0.5 without) snap it to their grid.
      const surface = page.locator(`${s.blobs} [data-figure-panel]`);
      await surface.focus();
      await page.keyboard.press('2');
      expect(await status(page, FOUR.id)).toMatch(/Class 2 \(bluish green\) chosen/);
      for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await status(page, FOUR.id)).toBe('Cursor at x₀ 7.5, x₁ −5.5.');
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Enter');
        await page.keyboard.press('ArrowRight');
      }
      expect(await status(page, FOUR.id)).toBe('Cursor at x₀ 10.5, x₁ −5.5.');
      const data = await storeData(page, FOUR.id);
      expect(data).toEqual({ n: 11, test: testCount(11), own: true, classes: [0, 2] });
      expect(await page.isDisabled(`${s.trainer} button[data-action="train"]`)).toBe(false);
      // The scatter draws the reader's points, and the page thread's focus stayed on the figure.
      await page.waitForFunction(
        ([f, shapes]) => document.querySelectorAll(`${f} ${shapes}`).length > 0 && /Your data: 11 points/.test(document.querySelector(`${f} .static-figure__caption`)?.textContent ?? ''),
        [s.blobs, DOT_SHAPES] as const,
      );
      expect(await page.locator(`${s.blobs} [data-figure-panel] ${DOT_SHAPES}`).evaluateAll(countPoints)).toBe(11);
      expect(await page.evaluate((f) => document.activeElement === document.querySelector(`${f} [data-figure-panel]`), s.blobs)).toBe(true);
      expect(await page.isVisible(`${s.blobs} .own-cursor`)).toBe(true);
      expect(await demoAxeViolations(page)).toEqual([]);

      await page.fill(`${s.trainer} input[data-knob="epochs"]`, '40');
      expect(await train(page, FOUR.id)).toBe('completed');
      const summary = (await page.textContent(`${s.trainer} [data-status]`)) ?? '';
      expect(summary).toContain(`Trained on your ${11 - testCount(11)} points and tested on your ${testCount(11)}.`);
      const accuracy = Number(await page.getAttribute(`${s.trainer} [data-result="accuracy"]`, 'data-value'));
      // Two clusters far apart: every one of the three test points is right.
      expect(accuracy).toBe(1);
      await page.locator(s.boundary).scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (b) => /3 data points are drawn on top/.test(document.querySelector(`${b} [data-figure-description]`)?.textContent ?? ''),
        s.boundary,
      );
      const after = await heldTensors(page, sel(FOUR.id).trainer);
      // A second run on the same points, then a third on one point fewer: nothing is left behind.
      expect(await train(page, FOUR.id)).toBe('completed');
      await page.click(`${s.blobs} [data-own="remove"]`);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 10, own: true });
      expect(await train(page, FOUR.id)).toBe('completed');
      expect(await heldTensors(page, sel(FOUR.id).trainer)).toBe(after);
    });
  });

  it('undoes, removes the nearest point, clears, and Reset brings back the generated data', async () => {
    await withPage(FOUR, async (_visit, page) => {
      const s = sel(FOUR.id);
      await openEditor(page, FOUR.id);
      await clickAt(page, FOUR.id, -5, 5);
      await page.selectOption(`${s.blobs} [data-own="class"]`, '1');
      await clickAt(page, FOUR.id, 5, -5);
      await clickAt(page, FOUR.id, 6, -6);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 3, classes: [0, 1] });
      // A click in remove mode takes the point nearest to it.
      await page.check(`${s.blobs} [data-own="remove-mode"]`);
      await clickAt(page, FOUR.id, -4, 4);
      expect(await status(page, FOUR.id)).toMatch(/Removed the class 0 point at x₀ −5(\.\d+)?, x₁ 5/);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 2, classes: [1] });
      await page.click(`${s.blobs} [data-own="undo"]`);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 3, classes: [0, 1] });
      await page.click(`${s.blobs} [data-own="clear"]`);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 0, own: true });
      expect(await status(page, FOUR.id)).toMatch(/Cleared.*no points yet/);
      await page.click(`${s.blobs} [data-own="undo"]`);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 3 });
      // Keyboard removal and undo.
      await page.locator(`${s.blobs} [data-figure-panel]`).focus();
      await page.keyboard.press('Delete');
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 2 });
      await page.keyboard.press('Control+z');
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 3 });
      // The address never holds the points.
      expect(page.url()).not.toMatch(/points|own/i);
      await page.click(`${s.blobs} button[data-action="reset-data"]`);
      expect(await storeData(page, FOUR.id)).toEqual({ n: 4000, test: 800, own: false, classes: [0, 1, 2, 3] });
      expect(await page.isDisabled(`${s.blobs} input[data-knob="samples"]`)).toBe(false);
      // Start from the generated points, then the trainer's Reset.
      await page.click(`${s.blobs} [data-own="copy"]`);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 4000, own: true });
      await page.click(`${s.trainer} button[data-action="reset"]`);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 4000, own: false });
      await page.click(`${s.blobs} details[data-own-data] summary`);
      await page.waitForSelector(`${s.blobs} [data-figure-panel]:not([role])`);
    });
  });
});

describe('own points on the two-blob figure', () => {
  it('trains on clicked points of two classes', async () => {
    await withPage(TWO, async (_visit, page) => {
      const s = sel(TWO.id);
      await openEditor(page, TWO.id);
      for (let i = 0; i < 4; i++) await clickAt(page, TWO.id, -10 + i, -10);
      await page.selectOption(`${s.blobs} [data-own="class"]`, '1');
      for (let i = 0; i < 4; i++) await clickAt(page, TWO.id, 10 - i, 10);
      expect(await storeData(page, TWO.id)).toEqual({ n: 8, test: testCount(8), own: true, classes: [0, 1] });
      expect(await train(page, TWO.id)).toBe('completed');
      expect(await page.textContent(`${s.trainer} [data-status]`)).toContain(`tested on your ${testCount(8)}.`);
      expect(await demoAxeViolations(page)).toEqual([]);
    });
  });
});

const GOOD = 'x0,x1,label\n1,2,0\n3,4,1\n5,6,1\n-1,-2,0\n0,0,3\n-3,1,3\n';
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const BAD: [string, Buffer, RegExp][] = [
  ['missing-column.csv', utf8('x0,x1,label\n1,2,0\n3,4\n'), /Line 3: this row has 2 columns: label missing/],
  ['not-a-number.csv', utf8('1,2,0\n3,abc,1\n'), /Line 2: x1 is not a number: "abc"/],
  ['nan.csv', utf8('1,2,0\r\nNaN,2,1\r\n'), /Line 2: x0 is "NaN"/],
  ['infinite.csv', utf8('1,2,0\n1,Infinity,1\n'), /Line 2: x1 is "Infinity"/],
  ['bad-label.csv', utf8('1,2,0\n\n1,2,2.5\n'), /Line 3: label "2.5" is not a class/],
  ['nine-classes.csv', utf8(`${Array.from({ length: 9 }, (_, k) => `${k},0,${k}`).join('\n')}\n`), /Line 9: label "8".*at most 8 classes/],
  ['one-class.csv', utf8('x0,x1,label\n1,2,4\n3,4,4\n'), /of class 4: a classifier needs points of at least 2 classes/],
  ['too-many-rows.csv', utf8(`x0,x1,label\n${Array.from({ length: 20_001 }, (_, i) => `${i},0,${i % 2}`).join('\n')}\n`), /Line 20002: the file has more than 20000 rows/],
  ['empty.csv', Buffer.alloc(0), /no data rows/],
  ['binary.csv', Buffer.from([0x31, 0x2c, 0x32, 0x2c, 0x30, 0x0a, 0x00, 0x01, 0x02]), /Line 2: it holds a NUL byte/],
  ['latin1.csv', Buffer.from([...utf8('x0,x1,label\n1,2,0\n'), 0xe9, 0x2c, 0x31, 0x2c, 0x31]), /Line 3: byte 19 of the file is not UTF-8/],
  ['huge.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 0x30), /The file is 5\.00 MB; the import reads files of at most 5 MB/],
];

describe('CSV import beside the CSV download', () => {
  it('imports a good file, then refuses each bad kind with its message and keeps the data', async () => {
    await withPage(FOUR, async (_visit, page) => {
      const s = sel(FOUR.id);
      const input = `${s.trainer} input[data-import="csv"]`;
      const message = `${s.trainer} [data-import-message]`;
      expect(await page.textContent(`${s.trainer} .demo__hint[id$="import-hint"]`)).toMatch(/LF or CRLF.*x0,x1,label.*not part of the shareable link/s);
      await page.setInputFiles(input, { name: 'good.csv', mimeType: 'text/csv', buffer: utf8(GOOD) });
      await page.waitForFunction((m) => /^Imported/.test(document.querySelector(m)?.textContent ?? ''), message);
      expect(await page.textContent(message)).toBe(
        `Imported 6 points in 3 classes (class 0: 2, class 1: 2, class 3: 2 points) from good.csv: ${6 - testCount(6)} to train on, ${testCount(6)} to test with.`,
      );
      const good = await storeData(page, FOUR.id);
      expect(good).toEqual({ n: 6, test: testCount(6), own: true, classes: [0, 1, 3] });

      for (const [name, buffer, expected] of BAD) {
        await page.evaluate((m) => (document.querySelector(m)!.textContent = ''), message);
        await page.setInputFiles(input, { name, mimeType: 'text/csv', buffer });
        await page.waitForFunction((m) => (document.querySelector(m)?.textContent ?? '') !== '', message, { timeout: 20_000 });
        const text = (await page.textContent(message)) ?? '';
        expect(text, name).toMatch(expected);
        expect(text, name).toMatch(new RegExp(`^${name.replace('.', '\\.')} was not imported\\..*The data in use has not changed\\.$`));
        expect(await page.getAttribute(message, 'data-kind')).toBe('problem');
        expect(await storeData(page, FOUR.id), name).toEqual(good);
      }
      // A file's text is only ever text on the page.
      await page.setInputFiles(input, { name: '<img src=x onerror=alert(1)>.csv', mimeType: 'text/csv', buffer: utf8('1,2,0\n<b>x</b>,1,1\n') });
      await page.waitForFunction((m) => /<b>x<\/b>/.test(document.querySelector(m)?.textContent ?? ''), message);
      expect(await page.locator(`${message} img, ${message} b`).count()).toBe(0);
      expect(await demoAxeViolations(page)).toEqual([]);

      // The imported points train, and Reset brings back the lesson's data.
      await page.setInputFiles(input, { name: 'good.csv', mimeType: 'text/csv', buffer: utf8(GOOD) });
      await page.waitForFunction((m) => /^Imported/.test(document.querySelector(m)?.textContent ?? ''), message);
      await page.fill(`${s.trainer} input[data-knob="epochs"]`, '5');
      expect(await train(page, FOUR.id)).toBe('completed');
      expect(await page.textContent(`${s.trainer} [data-status]`)).toContain(`tested on your ${testCount(6)}.`);
      await page.click(`${s.trainer} button[data-action="reset"]`);
      expect(await storeData(page, FOUR.id)).toMatchObject({ n: 4000, own: false });
    });
  });

  it('round-trips the CSV download of own points', async () => {
    await withPage(FOUR, async (_visit, page) => {
      const s = sel(FOUR.id);
      await page.setInputFiles(`${s.trainer} input[data-import="csv"]`, { name: 'good.csv', mimeType: 'text/csv', buffer: utf8(GOOD) });
      await page.waitForFunction((m) => /^Imported/.test(document.querySelector(m)?.textContent ?? ''), `${s.trainer} [data-import-message]`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${s.trainer} a[data-export="data"]`)]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      const csv = Buffer.concat(chunks).toString('utf8');
      expect(csv.split('\n')[0]).toBe('x0,x1,label,split');
      expect(csv.trim().split('\n')).toHaveLength(7);
      await page.setInputFiles(`${s.trainer} input[data-import="csv"]`, { name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.concat(chunks) });
      await page.waitForFunction((m) => /from again\.csv/.test(document.querySelector(m)?.textContent ?? ''), `${s.trainer} [data-import-message]`);
      expect(await storeData(page, FOUR.id)).toEqual({ n: 6, test: testCount(6), own: true, classes: [0, 1, 3] });
    });
  });
});
