/**
 * The built site in a real Chromium: every page found in dist/ is loaded from the local static
 * server and checked for status, errors, requests to other origins, accessibility (axe) and
 * sideways scrolling on a phone-sized screen; then math rendering, the dark theme and search.
 * One browser serves the whole file and pages are visited one after another.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import type { PageVisit, SiteBrowser } from './support/browser';
import { browserForFile } from './support/browserForFile';
import { searchSite } from './support/search';
import { pageLabel, sitePages } from '../../tools/sitePages';

const baseUrl = inject('baseUrl');
const siteOrigin = new URL(baseUrl).origin;
const pages = sitePages(inject('distDir'));
const SOFTMAX_PAGE = 'lesson/softmax/';
const PHONE_VIEWPORT = { width: 360, height: 740 };

const browser = browserForFile(baseUrl);

/** Opens a page, runs `check`, and always closes the tab so a failure does not leak it. */
async function withPage<T>(
  path: string,
  options: Parameters<SiteBrowser['openPage']>[1],
  check: (visit: PageVisit) => Promise<T>,
): Promise<T> {
  const visit = await browser.openPage(path, options);
  try {
    return await check(visit);
  } finally {
    await visit.close();
  }
}

it('finds the pages of the built site, the home and softmax pages among them', () => {
  expect(pages).toContain('');
  expect(pages).toContain(SOFTMAX_PAGE);
  expect(pages).not.toContain('404.html');
});

describe.each(pages.map((path) => ({ path, label: pageLabel(path) })))('page $label', ({ path }) => {
  it('answers 200, logs no error and requests nothing from another origin', async () => {
    await withPage(path, { waitUntil: 'networkidle' }, async (visit) => {
      expect(visit.response?.status(), 'status of the page itself').toBe(200);
      expect(visit.consoleErrors, 'console errors').toEqual([]);
      expect(visit.pageErrors, 'uncaught exceptions').toEqual([]);
      expect(visit.failedRequests, 'failed requests').toEqual([]);
      expect(visit.badResponses, 'responses >= 400').toEqual([]);
      expect(visit.foreignRequests, 'requests to another origin').toEqual([]);
    });
  });

  it('has no axe violations in the light theme', async () => {
    await withPage(path, { colorScheme: 'light', waitUntil: 'networkidle' }, async ({ page }) => {
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  });

  it('at 360 px wide: does not scroll sideways and has no axe violations', async () => {
    await withPage(path, { viewport: PHONE_VIEWPORT }, async ({ page }) => {
      const layout = await page.evaluate(() => {
        const root = document.documentElement;
        // Name the widest offenders so a failure says where to look.
        const offenders = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, offenders };
      });
      expect(layout.clientWidth).toBe(PHONE_VIEWPORT.width);
      expect(
        layout.scrollWidth,
        `page is ${layout.scrollWidth}px wide; elements past the edge: ${layout.offenders.join(', ')}`,
      ).toBeLessThanOrEqual(layout.clientWidth);
      // Narrow columns make formulas and code scroll inside themselves: they must stay reachable.
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
      // Charts shrink to the column; their axis text must still read at 9 px or more.
      const charts = await page.$$eval('[data-figure-panel] svg[role="img"]', (svgs) =>
        svgs.map((svg) => {
          const text = svg.querySelector('text');
          const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
          const px = text ? Number.parseFloat(getComputedStyle(text).fontSize) * scale : Infinity;
          return { figure: svg.closest('[data-figure]')?.getAttribute('data-figure') ?? '?', px: Math.round(px * 10) / 10 };
        }),
      );
      const small = charts.filter((c) => c.px < 9);
      expect(small, `chart text under 9 px: ${JSON.stringify(small)}`).toEqual([]);
    });
  });
});

describe('math on the softmax page', () => {
  it('is typeset by KaTeX at build time as MathML, which the browser lays out with no file fetched for it', async () => {
    await withPage(SOFTMAX_PAGE, { waitUntil: 'networkidle' }, async (visit) => {
      const { page } = visit;
      expect(await page.locator('math').count()).toBeGreaterThan(0);
      // Laid out as math (a real box with height), not left as a run of inline text.
      const first = await page.locator('math').first().evaluate((m) => ({ display: getComputedStyle(m).display, height: m.getBoundingClientRect().height }));
      expect(first.display).toMatch(/math/);
      expect(first.height).toBeGreaterThan(0);
      await expect.poll(() => page.locator('math[display="block"]').first().isVisible()).toBe(true);
      // KaTeX's own HTML rendering and its stylesheet are gone: every formula is written once.
      expect(await page.locator('.katex, .katex-html, .katex-mathml').count()).toBe(0);
      expect(await page.locator('math annotation, math semantics').count()).toBe(0);
      const fetched = visit.responses.filter((r) => r.resourceType === 'font' || /katex/i.test(r.url)).map((r) => r.url);
      expect(fetched, 'fonts or KaTeX files fetched').toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    });
  });

  it('preloads no font, on a page with math or without', async () => {
    for (const path of [SOFTMAX_PAGE, 'guides/self-hosting/']) {
      await withPage(path, { waitUntil: 'load' }, async (visit) => {
        expect(await visit.page.locator('link[rel="preload"][as="font"]').count(), path).toBe(0);
      });
    }
    await withPage('guides/self-hosting/', { waitUntil: 'load' }, async (visit) => {
      expect(await visit.page.locator('math').count()).toBe(0);
    });
  });
});

describe('dark theme', () => {
  it('has no axe violations on the softmax page', async () => {
    await withPage(SOFTMAX_PAGE, { colorScheme: 'dark', waitUntil: 'networkidle' }, async (visit) => {
      expect(await visit.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const violations = await axeViolations(visit.page);
      expect(violations, violations.join('\n')).toEqual([]);
      expect(visit.consoleErrors).toEqual([]);
    });
  });
});

describe('search', () => {
  it('finds the softmax page when the reader searches for "softmax"', async () => {
    await withPage('', { waitUntil: 'networkidle' }, async (visit) => {
      const expected = new URL(SOFTMAX_PAGE, baseUrl).pathname;
      // Pagefind's UI is not loaded until the reader reaches for search.
      await visit.page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done())));
      const scripts = () => visit.responses.filter((r) => r.resourceType === 'script').map((r) => new URL(r.url).pathname);
      expect(scripts().length).toBeGreaterThan(0);
      expect(scripts().filter((path) => /ui-core|pagefind/.test(path))).toEqual([]);
      expect(await searchSite(visit.page, 'softmax', expected)).toContain(expected);
      expect(scripts().filter((path) => /ui-core/.test(path)).length).toBeGreaterThan(0);
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.pageErrors).toEqual([]);
      expect(visit.badResponses).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    });
  });
});
