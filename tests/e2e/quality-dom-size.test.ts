/**
 * The DOM budget: at most 3,000 elements on every page of the build, counted in Chromium as
 * `document.querySelectorAll('*').length` once the page has loaded, and again after it has been
 * scrolled through (figures drawn on view replace their static versions then). Style and layout
 * of a page cost in proportion to its elements, which on a phone shows as blocking time.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type SiteBrowser } from './support/browser';
import { pageLabel, sitePages } from '../../tools/sitePages';

const MAX_ELEMENTS = 3000;
const pages = sitePages(inject('distDir'));
const counted: { path: string; loaded: number; scrolled: number }[] = [];
let browser: SiteBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: inject('baseUrl') });
});

afterAll(async () => {
  await browser?.close();
  if (counted.length === 0) return;
  console.log(
    [
      `Elements per page (budget ${MAX_ELEMENTS}):`,
      ...counted.map((c) => `${pageLabel(c.path).padEnd(40)} ${String(c.loaded).padStart(6)} loaded ${String(c.scrolled).padStart(6)} scrolled`),
    ].join('\n'),
  );
});

it('finds the pages of the build', () => {
  expect(pages.length).toBeGreaterThan(1);
});

describe.each(pages.map((path) => ({ path, label: pageLabel(path) })))('page $label', ({ path }) => {
  it(`has at most ${MAX_ELEMENTS} elements, loaded and scrolled through`, async () => {
    const visit = await browser.openPage(path, { waitUntil: 'networkidle' });
    try {
      expect(visit.response?.status()).toBe(200);
      const count = () => visit.page.evaluate(() => document.querySelectorAll('*').length);
      const loaded = await count();
      const height = await visit.page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 600) {
        await visit.page.evaluate((top) => window.scrollTo(0, top), y);
        await visit.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
      }
      await visit.page.waitForLoadState('networkidle');
      const scrolled = await count();
      counted.push({ path, loaded, scrolled });
      // A page always has Starlight's header, sidebar and content: a tiny count means nothing loaded.
      expect(loaded).toBeGreaterThan(100);
      expect(loaded, 'elements once loaded').toBeLessThanOrEqual(MAX_ELEMENTS);
      expect(scrolled, 'elements after scrolling through').toBeLessThanOrEqual(MAX_ELEMENTS);
    } finally {
      await visit.close();
    }
  });
});
