import type { Page } from 'playwright-core';
import type { PageVisit, SiteBrowser } from './browser';
import { expectQuiet } from './expectQuiet';

/**
 * Opens `path`, waits until the element `ready` matches (a demo marks itself data-ready once
 * hydrated), runs `check`, then asserts the visit left nothing in the console: no error, no
 * uncaught exception. The page is closed whatever happens.
 */
export async function withDemoPage(
  browser: SiteBrowser,
  path: string,
  ready: string,
  check: (visit: PageVisit, page: Page) => Promise<void>,
  options: Parameters<SiteBrowser['openPage']>[1] = { waitUntil: 'load' },
): Promise<void> {
  const visit = await browser.openPage(path, options);
  try {
    await visit.page.waitForSelector(ready);
    await check(visit, visit.page);
    expectQuiet(visit);
  } finally {
    await visit.close();
  }
}
