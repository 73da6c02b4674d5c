/**
 * The security headers of the self-hosting guide (read from deploy/nginx.conf, which the guide
 * prints) are sent with every file here, and every page must still work: Chromium reports each
 * Content-Security-Policy violation as a console error, so a clean console means the policy
 * allows everything the site does. Search and the theme script run under it too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type SiteBrowser } from './support/browser';
import { nginxHeaders } from './support/nginxConfig';
import { searchSite } from './support/search';
import { pageLabel, sitePages } from '../../tools/sitePages';
import { startStaticServer, type StaticServer } from '../../tools/staticServer';

const headers = nginxHeaders();
const csp = headers['Content-Security-Policy'];
const pages = sitePages(inject('distDir'));
let server: StaticServer;
let browser: SiteBrowser;

beforeAll(async () => {
  server = await startStaticServer({
    root: inject('distDir'),
    base: new URL(inject('baseUrl')).pathname,
    headers,
  });
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: server.url });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the guide sets a policy that allows only the site itself', () => {
  const directives = new Map(
    csp.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  for (const [name, sources] of directives) {
    for (const source of sources) {
      // Keywords, and schemes that never leave the page; no host names, no wildcards.
      expect(source, `${name} ${source}`).toMatch(/^('[a-z-]+'|data:|blob:)$/);
    }
  }
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
});

describe.each(pages.map((path) => ({ path, label: pageLabel(path) })))('page $label under the policy', ({ path }) => {
  it('reports no violation and runs its scripts', async () => {
    const visit = await browser.openPage(path, { colorScheme: 'light', waitUntil: 'networkidle' });
    try {
      expect(visit.response?.status()).toBe(200);
      expect(await visit.response?.headerValue('content-security-policy')).toBe(csp);
      expect(visit.consoleErrors, 'console errors, CSP violations included').toEqual([]);
      expect(visit.pageErrors).toEqual([]);
      // The server renders the dark theme; only Starlight's inline script switches to light.
      expect(await visit.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    } finally {
      await visit.close();
    }
  });
});

it('search works under the policy', async () => {
  const visit = await browser.openPage('', { waitUntil: 'networkidle' });
  try {
    const expected = new URL('lesson/softmax/', server.url).pathname;
    expect(await searchSite(visit.page, 'softmax', expected)).toContain(expected);
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.pageErrors).toEqual([]);
  } finally {
    await visit.close();
  }
});
