/**
 * A lesson page is drawn in parts: each section under a second-level heading
 * (src/plugins/rehypeLessonSections.mjs) gets `content-visibility: auto` once it has been laid
 * out and is out of view, so the browser skips the style, layout and paint of the parts a reader
 * is not looking at (src/styles/custom.css, and the head script in astro.config.mjs). What a
 * reader sees and does stays the same: nothing moves as the page loads (the first frame also
 * waits for the page's title, a `rel=expect` link in astro.config.mjs), a part is drawn once it
 * is scrolled to, a link to a heading lands on it, and a focused link at a section's edge keeps
 * the whole of its focus ring.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type SiteBrowser } from './support/browser';

let browser: SiteBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: inject('baseUrl') });
});

afterAll(async () => {
  await browser?.close();
});

/** Resolves once the page lets the browser skip a section off screen. */
const skipping = (page: Page) => page.waitForFunction(() => document.querySelector('.lesson-section--skippable') !== null);

/** Whether the browser draws the section that holds the heading with this id. */
const drawn = (page: Page, id: string) =>
  page.evaluate((heading) => document.getElementById(heading)!.checkVisibility({ contentVisibilityAuto: true }), id);

describe('lesson sections', () => {
  it('moves nothing as a page loads, on a phone and on a desktop', async () => {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 800 }]) {
      for (const path of ['guides/self-hosting/', 'lesson/four-blobs/']) {
        const visit = await browser.openPage(path, { viewport });
        try {
          const { page } = visit;
          await skipping(page);
          const shift = await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                let total = 0;
                new PerformanceObserver((list) => {
                  for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) total += e.value;
                }).observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => resolve(total), 500);
              }),
          );
          // A slice of a long page drawn while the parser is still inside a formula can show it
          // a few pixels short of its size (a shift of 4e-6 seen on a slow machine); what this
          // catches is of another order: sections skipped too early moved the page by 0.98, and
          // a first frame drawn before the main column existed moved the contents by 0.41.
          expect(shift, `${path} at ${viewport.width} px`).toBeLessThan(0.001);
        } finally {
          await visit.close();
        }
      }
    }
  });

  it('skips the parts of the four-blobs page out of view, and draws one once it is scrolled to', async () => {
    const visit = await browser.openPage('lesson/four-blobs/');
    try {
      const { page } = visit;
      const ids = await page.$$eval('.lesson-section h2[id]', (hs) => hs.map((h) => h.id));
      expect(ids.length).toBeGreaterThan(5);
      const last = ids.at(-1)!;
      await skipping(page);
      expect(await drawn(page, ids[0])).toBe(true);
      expect(await drawn(page, last)).toBe(false);
      await page.locator(`#${last}`).scrollIntoViewIfNeeded();
      await page.waitForFunction((id) => document.getElementById(id)!.checkVisibility({ contentVisibilityAuto: true }), last);
      expect(visit.pageErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it("lands a link of the page's contents on its heading, however far down, before and after a resize", async () => {
    const visit = await browser.openPage('lesson/regression/');
    try {
      const { page } = visit;
      await skipping(page);
      const ids = await page.$$eval('.lesson-section h2[id]', (hs) => hs.map((h) => h.id));
      const landed = async (id: string) => {
        await page.locator(`starlight-toc a[href="#${id}"]`).first().click();
        // Frames enough for the sections near the heading to be drawn and take their heights.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
        expect(await drawn(page, id)).toBe(true);
        return page.locator(`#${id}`).evaluate((h) => h.getBoundingClientRect().top);
      };
      // (The last heading may sit lower: the page ends below it.)
      const tops = [await landed(ids.at(-2)!), await landed(ids[2]), await landed(ids.at(-3)!)];
      // The page is narrower: every section is laid out again before any is skipped.
      await page.setViewportSize({ width: 1160, height: 700 });
      await page.waitForTimeout(600);
      await skipping(page);
      tops.push(await landed(ids[3]), await landed(ids.at(-2)!));
      // Below the fixed header, as Starlight's own scroll margin puts it.
      for (const top of tops) {
        expect(top, `headings at ${tops.join(', ')} px`).toBeGreaterThan(40);
        expect(top, `headings at ${tops.join(', ')} px`).toBeLessThan(160);
      }
    } finally {
      await visit.close();
    }
  });

  it('lands a link from another page on its heading', async () => {
    const visit = await browser.openPage('lesson/four-blobs/#evaluation');
    try {
      const { page } = visit;
      await skipping(page);
      expect(await drawn(page, 'evaluation')).toBe(true);
      const top = await page.locator('#evaluation').evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(40);
      expect(top).toBeLessThan(160);
    } finally {
      await visit.close();
    }
  });

  it("keeps a focused link's focus ring inside what a section paints", async () => {
    const visit = await browser.openPage('lesson/four-blobs/', { viewport: { width: 360, height: 800 } });
    try {
      const { page } = visit;
      // The link nearest a section's left edge: its outline is the one the clip would cut.
      const gaps = await page.$$eval('.lesson-section a[href]', (links) =>
        links.slice(0, 200).map((a) => {
          const section = a.closest('.lesson-section')!.getBoundingClientRect();
          const box = a.getBoundingClientRect();
          const outline = getComputedStyle(a);
          return { left: box.left - section.left, clip: section.left, width: outline.outlineWidth };
        }),
      );
      const nearest = Math.min(...gaps.map((g) => g.left));
      // The section's padding is the room the ring has beyond the content's edge.
      const padding = await page.$eval('.lesson-section', (s) => parseFloat(getComputedStyle(s).paddingLeft));
      expect(padding).toBeGreaterThanOrEqual(4);
      expect(nearest).toBeGreaterThanOrEqual(padding - 0.5);
      const content = await page.$eval('.sl-markdown-content', (c) => c.getBoundingClientRect().left);
      const section = await page.$eval('.lesson-section', (s) => s.getBoundingClientRect().left);
      // The padding is given back: the text starts where the column starts.
      expect(section + padding).toBeCloseTo(content, 0);
    } finally {
      await visit.close();
    }
  });
});
