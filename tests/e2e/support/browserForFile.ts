import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, type SiteBrowser } from './browser';

/**
 * The test file's Chromium: launched before its tests, against the served site at `baseUrl`,
 * and closed after them. What it returns stands for that browser in the file's tests and hooks.
 */
export function browserForFile(baseUrl = inject('baseUrl')): SiteBrowser {
  let launched: SiteBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl });
  });
  afterAll(async () => {
    await launched?.close();
  });
  const current = (): SiteBrowser => {
    if (!launched) throw new Error('The browser is launched in beforeAll: use it in a test or a hook.');
    return launched;
  };
  return {
    get context() {
      return current().context;
    },
    baseUrl,
    openPage: (path, options) => current().openPage(path, options),
    close: () => current().close(),
  };
}
