import type { Page } from 'playwright-core';
import { resolveSitePath } from './browser';
import { launchFreshChromium } from './freshChromium';

/**
 * Opens `path` of the site in a Chromium of its own with JavaScript off, as a reader without
 * scripts sees it, runs `check`, and removes the browser and its profile whatever happens.
 */
export async function withoutJavaScript(
  site: { chromiumPath: string; baseUrl: string },
  path: string,
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const chromium = await launchFreshChromium(site.chromiumPath, { javaScriptEnabled: false });
  try {
    const page = await chromium.context.newPage();
    await page.goto(resolveSitePath(site.baseUrl, path));
    await check(page);
  } finally {
    await chromium.close();
  }
}
