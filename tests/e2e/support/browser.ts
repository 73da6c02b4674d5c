/**
 * One headless Chromium per test file (a persistent context in a fresh profile, the way that
 * works as root here) and `openPage`, which opens a page of the served site while recording
 * everything that should never happen on it: console errors, uncaught exceptions, failed
 * requests, answers >= 400, and any request that leaves the site's origin.
 */
import type { BrowserContext, Page, Response } from 'playwright-core';
import { launchFreshChromium } from './freshChromium';

export interface OpenPageOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** `networkidle` also waits for what loads after `load` (search index, lazy scripts). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

export interface ResponseRecord {
  url: string;
  status: number;
  resourceType: string;
}

export interface PageVisit {
  page: Page;
  /** The navigation's own response. */
  response: Response | null;
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Responses with status >= 400, as `status url`. */
  badResponses: string[];
  /** Every request to an origin other than the site's, as `resourceType url`. */
  foreignRequests: string[];
  responses: ResponseRecord[];
  close(): Promise<void>;
}

export interface SiteBrowser {
  context: BrowserContext;
  baseUrl: string;
  /** `path` is relative to the site's base (`lesson/softmax/`); a leading slash is ignored. */
  openPage(path: string, options?: OpenPageOptions): Promise<PageVisit>;
  close(): Promise<void>;
}

export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

/** Network schemes only: data:, blob: and about: URLs never leave the page. */
function isNetworkUrl(url: URL): boolean {
  return ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(url.protocol);
}

export function resolveSitePath(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), baseUrl).href;
}

export async function launchBrowser(options: { executablePath: string; baseUrl: string }): Promise<SiteBrowser> {
  const chromium = await launchFreshChromium(options.executablePath, { viewport: DESKTOP_VIEWPORT, colorScheme: 'light' });
  const { context } = chromium;
  const siteOrigin = new URL(options.baseUrl).origin;

  const openPage = async (path: string, pageOptions: OpenPageOptions = {}): Promise<PageVisit> => {
    const page = await context.newPage();
    const visit: PageVisit = {
      page,
      response: null,
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      badResponses: [],
      foreignRequests: [],
      responses: [],
      close: () => page.close(),
    };
    watchPage(page, visit, siteOrigin);

    await page.emulateMedia({ colorScheme: pageOptions.colorScheme ?? 'light' });
    if (pageOptions.viewport) await page.setViewportSize(pageOptions.viewport);
    visit.response = await page.goto(resolveSitePath(options.baseUrl, path), {
      waitUntil: pageOptions.waitUntil ?? 'load',
    });
    return visit;
  };

  return {
    context,
    baseUrl: options.baseUrl,
    openPage,
    close: () => chromium.close(),
  };
}

/** Records on `visit` what the page logs, throws, requests and receives, and every request to another origin. */
function watchPage(page: Page, visit: PageVisit, siteOrigin: string): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    visit.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => visit.pageErrors.push(error.stack ?? String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (isNetworkUrl(url) && url.origin !== siteOrigin) {
      visit.foreignRequests.push(`${request.resourceType()} ${request.url()}`);
    }
  });
  page.on('websocket', (socket) => {
    const url = new URL(socket.url());
    if (url.origin !== siteOrigin) visit.foreignRequests.push(`websocket ${socket.url()}`);
  });
  page.on('requestfailed', (request) => {
    visit.failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
  });
  page.on('response', (response) => {
    const record = {
      url: response.url(),
      status: response.status(),
      resourceType: response.request().resourceType(),
    };
    visit.responses.push(record);
    if (record.status >= 400) visit.badResponses.push(`${record.status} ${record.url}`);
  });
}
