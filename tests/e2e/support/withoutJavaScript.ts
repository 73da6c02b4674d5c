import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../tools/chromiumArgs';
import { resolveSitePath } from './browser';

/**
 * Opens `path` of the site in a Chromium of its own with JavaScript off, as a reader without
 * scripts sees it, runs `check`, and removes the browser and its profile whatever happens.
 */
export async function withoutJavaScript(
  site: { chromiumPath: string; baseUrl: string },
  path: string,
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'course-e2e-nojs-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: site.chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: false,
  });
  try {
    const page = await context.newPage();
    await page.goto(resolveSitePath(site.baseUrl, path));
    await check(page);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}
