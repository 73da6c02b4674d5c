/**
 * The built site in a real Chromium: every page found in dist/ is loaded from the local static
 * server and checked for status, errors, requests to other origins, accessibility (axe) and
 * sideways scrolling on a phone-sized screen; then math rendering, the dark theme and search.
 * One browser serves the whole file and pages are visited one after another.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchBrowser, type PageVisit, type SiteBrowser } from './support/browser';
import { searchSite } from './support/search';
import { pageLabel, sitePages } from '../../tools/sitePages';

const baseUrl = inject('baseUrl');
const siteOrigin = new URL(baseUrl).origin;
const pages = sitePages(inject('distDir'));
const SOFTMAX_PAGE = 'lesson/softmax/';
const PHONE_VIEWPORT = { width: 360, height: 740 };

let browser: SiteBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl });
});

afterAll(async () => {
  await browser?.close();
});

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
  it('is typeset by KaTeX at build time and drawn with fonts from the site itself', async () => {
    await withPage(SOFTMAX_PAGE, { waitUntil: 'networkidle' }, async (visit) => {
      const { page } = visit;
      expect(await page.locator('.katex').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.katex-html').first().isVisible()).toBe(true);
      // Fonts load only once text needs them; wait until the page has settled its fonts.
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const loadedKatexFaces = await page.evaluate(() =>
        [...document.fonts].filter((face) => face.family.replace(/["']/g, '').startsWith('KaTeX_') && face.status === 'loaded').length,
      );
      expect(loadedKatexFaces, 'KaTeX font faces loaded').toBeGreaterThan(0);
      const katexFonts = visit.responses.filter((r) => r.resourceType === 'font' && /KaTeX_/.test(r.url));
      expect(katexFonts.length, 'KaTeX font files loaded').toBeGreaterThan(0);
      for (const font of katexFonts) {
        expect(new URL(font.url).origin, font.url).toBe(siteOrigin);
        expect(font.status, font.url).toBe(200);
      }
      expect(visit.foreignRequests).toEqual([]);
    });
  });

  it("preloads KaTeX's main fonts, the same files its stylesheet uses, each fetched once", async () => {
    await withPage(SOFTMAX_PAGE, { waitUntil: 'networkidle' }, async (visit) => {
      const { page } = visit;
      const preloads = await page.$$eval('link[rel="preload"][as="font"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
      expect(preloads.map((href) => new URL(href).pathname.split('/').pop()!.split('.')[0]).sort()).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const fonts = visit.responses.filter((r) => r.resourceType === 'font').map((r) => r.url);
      for (const href of preloads) expect(fonts.filter((url) => url === href), href).toHaveLength(1);
      // The stylesheet's @font-face rules point to these very files.
      const faces = await page.evaluate(() =>
        [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules].filter((r) => r instanceof CSSFontFaceRule).map((r) => (r as CSSFontFaceRule).style.getPropertyValue('src')),
        ),
      );
      for (const href of preloads) expect(faces.some((src) => src.includes(new URL(href).pathname)), href).toBe(true);
    });
  });

  it('preloads no font on a page without math', async () => {
    await withPage('guides/self-hosting/', { waitUntil: 'load' }, async (visit) => {
      expect(await visit.page.locator('.katex').count()).toBe(0);
      expect(await visit.page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
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
      expect(await searchSite(visit.page, 'softmax', expected)).toContain(expected);
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.pageErrors).toEqual([]);
      expect(visit.badResponses).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    });
  });
});
