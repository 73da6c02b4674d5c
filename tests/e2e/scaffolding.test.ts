/**
 * What every lesson page ends with, read from the built pages in Chromium: a Summary of three
 * to six points, then Further reading with the four references, each a plain link to another
 * site with a line about it. The notation and glossary pages hold the anchors the lesson pages
 * link to, and every such link on a lesson page leads to an id that exists there.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, type SiteBrowser } from './support/browser';
import { pageLabel, sitePages } from '../../tools/sitePages';
import { FURTHER_READING } from '../../src/lib/reading/furtherReading';

const baseUrl = inject('baseUrl');
const pages = sitePages(inject('distDir'));
const lessons = pages.filter((p) => p.startsWith('lesson/'));
const NOTATION = 'reference/notation/';
const GLOSSARY = 'reference/glossary/';
const REFERENCE_PAGES = [NOTATION, GLOSSARY];

// The symbols and terms the pages rely on; each must have its own anchor.
const SYMBOLS = ['N', 'D', 'K', 'B', 'eta', 'x', 'y', 'onehot', 'W', 'kernel', 'b', 'z', 'p'].map((s) => `sym-${s}`);
const TERMS = [
  'epoch', 'batch', 'sgd', 'learning-rate', 'loss', 'cross-entropy', 'softmax', 'one-hot', 'scores',
  'logits', 'train-test-split', 'training-set', 'test-set', 'validation-set', 'overfitting', 'mse',
  'sigmoid', 'activation', 'dense-layer', 'kernel', 'bias', 'decision-boundary', 'accuracy', 'seed',
];

interface Section {
  id: string;
  title: string;
  /** Text of each item of the section's top-level lists. */
  items: string[];
  links: { href: string; text: string; item: string }[];
}

/** The page's h2 sections in order, each with the list items and links that follow it. */
function sections(page: Page): Promise<Section[]> {
  return page.evaluate(() => {
    const content = document.querySelector('.sl-markdown-content');
    const out: Section[] = [];
    // The blocks of the page, in order, through the sections that group them (rehypeLessonSections).
    const blocks = content ? [...content.children].flatMap((el) => (el.matches('section.lesson-section') ? [...el.children] : [el])) : [];
    for (const el of blocks) {
      const h2 = el.matches('h2') ? el : el.matches('.sl-heading-wrapper.level-h2') ? el.querySelector('h2') : null;
      if (h2) {
        out.push({ id: h2.id, title: h2.textContent?.trim() ?? '', items: [], links: [] });
        continue;
      }
      const current = out[out.length - 1];
      if (!current) continue;
      const lists = el.matches('ul, ol') ? [el] : [...el.querySelectorAll(':scope ul, :scope ol')].filter((l) => !l.parentElement?.closest('ul, ol'));
      for (const list of lists) {
        for (const li of list.querySelectorAll(':scope > li')) current.items.push(li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      }
      for (const a of el.querySelectorAll('a[href]')) {
        current.links.push({
          href: (a as HTMLAnchorElement).href,
          text: a.textContent?.trim() ?? '',
          item: a.closest('li')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        });
      }
    }
    return out;
  });
}

/** The ids of the terms of a reference page's definition lists. */
function termIds(page: Page): Promise<string[]> {
  return page.$$eval('.sl-markdown-content dl dt[id]', (dts) => dts.map((dt) => dt.id));
}

let browser: SiteBrowser;
const anchors = new Map<string, string[]>();

beforeAll(async () => {
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl });
  for (const path of REFERENCE_PAGES) {
    const visit = await browser.openPage(path);
    try {
      anchors.set(path, await termIds(visit.page));
    } finally {
      await visit.close();
    }
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('the reference pages', () => {
  it('are built, beside the seven lesson pages', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(7);
    for (const path of REFERENCE_PAGES) expect(pages).toContain(path);
  });

  it('the notation page has an anchor for every symbol, and the glossary for every term', () => {
    expect(anchors.get(NOTATION)).toEqual(expect.arrayContaining(SYMBOLS));
    expect(anchors.get(GLOSSARY)).toEqual(expect.arrayContaining(TERMS));
    for (const [path, ids] of anchors) expect(new Set(ids).size, `${path}: repeated ids`).toBe(ids.length);
  });

  it('the glossary lists its terms in alphabetical order', async () => {
    const visit = await browser.openPage(GLOSSARY);
    try {
      const names = await visit.page.$$eval('.sl-markdown-content dl dt', (dts) => dts.map((dt) => dt.textContent?.trim().toLowerCase() ?? ''));
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    } finally {
      await visit.close();
    }
  });

  it.each(REFERENCE_PAGES)('%s has no axe violations in the dark theme either', async (path) => {
    const visit = await browser.openPage(path, { colorScheme: 'dark' });
    try {
      const violations = await axeViolations(visit.page);
      expect(violations, violations.join('\n')).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe.each(lessons.map((path) => ({ path, label: pageLabel(path) })))('lesson page $label', ({ path }) => {
  let found: Section[] = [];
  let referenceLinks: URL[] = [];
  let grouping = { outside: -1, opening: [] as string[], h2s: [] as string[] };

  beforeAll(async () => {
    const visit = await browser.openPage(path);
    try {
      found = await sections(visit.page);
      grouping = await visit.page.evaluate(() => {
        const content = document.querySelector('.sl-markdown-content')!;
        const parts = [...content.querySelectorAll(':scope > section.lesson-section')];
        return {
          outside: [...content.children].filter((el) => !parts.includes(el)).length,
          opening: parts.map((p) => p.firstElementChild?.querySelector('h2')?.id ?? p.firstElementChild?.closest('h2')?.id ?? ''),
          h2s: [...content.querySelectorAll('h2')].map((h) => h.id),
        };
      });
      const hrefs = await visit.page.$$eval('.sl-markdown-content a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      referenceLinks = hrefs.map((h) => new URL(h)).filter((u) => REFERENCE_PAGES.some((p) => u.pathname === new URL(p, baseUrl).pathname));
    } finally {
      await visit.close();
    }
  });

  it('groups its blocks in one section per h2, which the section opens, after the introduction', () => {
    expect(grouping.outside).toBe(0);
    expect(grouping.h2s.length).toBeGreaterThan(2);
    // The first section is the introduction before the first heading, when there is one.
    const opened = grouping.opening[0] === '' ? grouping.opening.slice(1) : grouping.opening;
    expect(opened).toEqual(grouping.h2s);
  });

  it('ends with a Summary of 3 to 6 points, then Further reading', () => {
    expect(found.slice(-2).map((s) => s.title)).toEqual(['Summary', 'Further reading']);
    const summary = found[found.length - 2]!;
    expect(summary.items.length).toBeGreaterThanOrEqual(3);
    expect(summary.items.length).toBeLessThanOrEqual(6);
    for (const item of summary.items) expect(item.length, item).toBeGreaterThan(40);
  });

  it('links the four references in Further reading, each with a line on what it holds', () => {
    const reading = found[found.length - 1]!;
    for (const ref of FURTHER_READING) {
      const link = reading.links.find((l) => l.href === ref.url);
      expect(link, ref.url).toBeDefined();
      expect(link!.text.length, ref.url).toBeGreaterThan(0);
      // The item says more than the link's own text.
      expect(link!.item.length - link!.text.length, ref.url).toBeGreaterThan(40);
    }
    expect(reading.links.filter((l) => new URL(l.href).origin !== new URL(baseUrl).origin)).toHaveLength(FURTHER_READING.length);
  });

  it('links its key terms to the glossary, and every such link reaches an anchor that exists', () => {
    const toGlossary = referenceLinks.filter((u) => u.pathname.endsWith(GLOSSARY) && u.hash !== '');
    expect(toGlossary.length).toBeGreaterThanOrEqual(3);
    for (const url of referenceLinks) {
      if (url.hash === '') continue;
      const page = REFERENCE_PAGES.find((p) => url.pathname === new URL(p, baseUrl).pathname)!;
      expect(anchors.get(page), `${url.pathname}${url.hash}`).toContain(decodeURIComponent(url.hash.slice(1)));
    }
  });
});
