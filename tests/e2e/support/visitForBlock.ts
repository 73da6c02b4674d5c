import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { OpenPageOptions, PageVisit, SiteBrowser } from './browser';
import { expectQuiet } from './expectQuiet';

/**
 * One visit of `path` shared by the tests of the enclosing describe block: opened before them,
 * once each element of `ready` has marked itself data-ready, and after them checked for console
 * errors and uncaught exceptions, then closed.
 */
export function visitForBlock(browser: SiteBrowser, path: string, ready: string[], options?: OpenPageOptions): { readonly visit: PageVisit; readonly page: Page } {
  let visit: PageVisit | undefined;
  beforeAll(async () => {
    visit = await browser.openPage(path, options);
    for (const element of ready) await visit.page.locator(`${element}[data-ready="true"]`).waitFor();
  });
  afterAll(async () => {
    if (!visit) return;
    try {
      expectQuiet(visit);
    } finally {
      await visit.close();
    }
  });
  const current = (): PageVisit => {
    if (!visit) throw new Error(`${path} is opened in beforeAll: use it in a test.`);
    return visit;
  };
  return {
    get visit() {
      return current();
    },
    get page() {
      return current().page;
    },
  };
}
