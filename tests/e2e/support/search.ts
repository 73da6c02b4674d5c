import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Searches the way a reader does: opens Starlight's search dialog with its button, types the
 * query into Pagefind's box and returns the paths of the result links as they appear. The
 * button starts disabled and Pagefind's UI loads when the pointer reaches the button, so both
 * are awaited.
 */
export async function searchSite(page: Page, query: string, expectedPath: string): Promise<string[]> {
  const openButton = page.locator('button[data-open-modal]');
  await expect.poll(() => openButton.isEnabled(), { timeout: 10_000 }).toBe(true);
  await openButton.click();
  const dialog = page.locator('site-search dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const input = dialog.locator('input[type="text"], input[type="search"]').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(query);
  const resultPaths = async (): Promise<string[]> =>
    (
      await dialog
        .locator('a.pagefind-ui__result-link')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
    ).map((href) => new URL(href).pathname);
  // Results arrive in steps; wait for the expected one rather than for a fixed time.
  await expect.poll(resultPaths, { timeout: 15_000 }).toContain(expectedPath);
  return resultPaths();
}
