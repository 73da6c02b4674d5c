/**
 * Self-hosting, proven on a real nginx: the site built for `/course/` is served by Debian's nginx
 * with the server block of deploy/nginx.conf (the file the self-hosting guide prints), changed
 * only in its port, name and folder. Through it every page loads in Chromium with the guide's
 * Content-Security-Policy and nothing from elsewhere, redirects, the 404 page, types,
 * compression and caching are what the guide promises, search finds a page, and each trainer
 * runs its worker to the end.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type PageVisit, type SiteBrowser } from './support/browser';
import { COURSE_BASE, courseBuild } from './support/courseBuild';
import { nginxHeaders } from './support/nginxConfig';
import { findNginx, startNginx, type NginxServer } from './support/nginxServer';
import { searchSite } from './support/search';
import { pageLabel, sitePages } from '../../tools/sitePages';

const CSP = nginxHeaders()['Content-Security-Policy'];
// Fails the file at once, with the install command, when nginx is missing.
const NGINX = findNginx();

let buildDir: string;
let nginx: NginxServer | undefined;
let browser: SiteBrowser | undefined;
/** Console messages (any level) from pages and their workers that mention the policy. */
const cspConsole: string[] = [];
/** Console errors from the pages' workers (the pages' own are in each visit). */
const workerErrors: string[] = [];

beforeAll(async () => {
  const started = performance.now();
  const build = await courseBuild();
  buildDir = build.dir;
  nginx = await startNginx({ root: buildDir, nginx: NGINX });
  browser = await launchBrowser({ executablePath: inject('chromiumPath'), baseUrl: `${nginx.origin}${COURSE_BASE}` });
  // securitypolicyviolation events are not logged by every kind of violation; collect them all.
  await browser.context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const record = (where: string) => (message: ConsoleMessage) => {
    const text = `${where}: [${message.type()}] ${message.text()}`;
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspConsole.push(text);
  };
  browser.context.on('page', (page) => {
    page.on('console', record(page.url() || 'page'));
    page.on('worker', (worker) => {
      worker.on('console', record(`worker ${worker.url()}`));
      worker.on('console', (message) => {
        if (message.type() === 'error') workerErrors.push(`worker ${worker.url()}: ${message.text()}`);
      });
    });
  });
  console.log(
    `nginx self-hosting test: /course/ build ${build.seconds > 0 ? `${build.seconds.toFixed(1)} s` : 'shared with an earlier file'}, ` +
      `set-up ${((performance.now() - started) / 1000).toFixed(1)} s, nginx on ${nginx.origin}`,
  );
}, 300_000);

afterAll(async () => {
  await browser?.close();
  const log = await nginx?.errorLog();
  await nginx?.stop();
  // Anything nginx found worth a warning (a missing file, a refused directive) is a finding.
  if (log && /\[(warn|error|crit|alert|emerg)\]/.test(log)) console.log(`nginx error log:\n${log}`);
});

function url(path: string): string {
  return `${nginx!.origin}${path}`;
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP GET, nothing decoded or followed, so encodings and redirects show as sent. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolveGet, rejectGet) => {
    const req = request(url(path), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', rejectGet);
    });
    req.on('error', rejectGet);
    req.end();
  });
}

/** Every file of the build ending in `ext`, as a path under the base (`_astro/x.js`). */
function buildFiles(ext: string): { path: string; size: number }[] {
  const found: { path: string; size: number }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ext)) found.push({ path: relative(buildDir, full).split(sep).join('/'), size: statSync(full).size });
    }
  };
  walk(buildDir);
  return found;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['init script did not run']);
}

/** Everything that must be empty after a visit through nginx. */
async function problems(visit: PageVisit): Promise<Record<string, string[]>> {
  return {
    'CSP violation events': await cspViolations(visit.page),
    'console messages about the policy': [...cspConsole],
    'console errors': visit.consoleErrors,
    'worker console errors': [...workerErrors],
    'uncaught exceptions': visit.pageErrors,
    'requests outside the site': visit.foreignRequests,
    'failed requests': visit.failedRequests,
    'answers >= 400': visit.badResponses,
  };
}

const NO_PROBLEMS = {
  'CSP violation events': [],
  'console messages about the policy': [],
  'console errors': [],
  'worker console errors': [],
  'uncaught exceptions': [],
  'requests outside the site': [],
  'failed requests': [],
  'answers >= 400': [],
};

function resetConsole(): void {
  cspConsole.length = 0;
  workerErrors.length = 0;
}

describe('nginx with deploy/nginx.conf, serving a /course/ build', () => {
  it('serves every page with status 200 and the policy, and no page breaks it or leaves the site', async () => {
    const pages = sitePages(buildDir);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages).toContain('lesson/softmax/');
    for (const path of pages) {
      resetConsole();
      const visit = await browser!.openPage(path, { waitUntil: 'networkidle' });
      try {
        expect(visit.response?.status(), pageLabel(path)).toBe(200);
        expect(new URL(visit.page.url()).pathname).toBe(`${COURSE_BASE}${path}`);
        expect(await visit.response?.headerValue('content-security-policy'), pageLabel(path)).toBe(CSP);
        // Styles and scripts arrived under the sub-path (a root build copied here would 404 them).
        const assets = visit.responses.filter((r) => r.resourceType === 'stylesheet' || r.resourceType === 'script');
        expect(assets.length, `${pageLabel(path)}: stylesheets and scripts`).toBeGreaterThan(0);
        for (const asset of assets) expect(new URL(asset.url).pathname.startsWith(COURSE_BASE), asset.url).toBe(true);
        expect(await problems(visit), pageLabel(path)).toEqual(NO_PROBLEMS);
      } finally {
        await visit.close();
      }
    }
  });

  it('redirects /course and / to /course/, relative to the server', async () => {
    const bare = await get('/course');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/course/');
    const root = await get('/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/course/');

    resetConsole();
    const visit = await browser!.openPage(url('/course'));
    try {
      expect(new URL(visit.page.url()).pathname).toBe('/course/');
      expect(visit.response?.status()).toBe(200);
    } finally {
      await visit.close();
    }
  });

  it("answers a missing page with the site's 404 page, status 404 and the policy", async () => {
    const page404 = readFileSync(join(buildDir, '404.html'), 'utf8');
    const title = /<title>([^<]+)<\/title>/.exec(page404)?.[1];
    expect(title).toBeTruthy();
    for (const path of ['/course/no-such-page/', '/course/lesson/no-such-lesson', '/elsewhere/']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy'], path).toBe(CSP);
      expect(res.body.toString('utf8'), path).toContain(`<title>${title}</title>`);
    }

    // The 404 page's own styles and scripts load under the sub-path too.
    resetConsole();
    const visit = await browser!.openPage('no-such-page/', { waitUntil: 'networkidle' });
    try {
      expect(visit.response?.status()).toBe(404);
      expect(await visit.page.title()).toBe(title);
      expect(await cspViolations(visit.page)).toEqual([]);
      expect(visit.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
      expect(visit.badResponses).toEqual([`404 ${url('/course/no-such-page/')}`]);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('sends JavaScript and WebAssembly with their types and the security headers on every file', async () => {
    const scripts = buildFiles('.js');
    expect(scripts.length).toBeGreaterThan(0);
    for (const { path } of scripts) {
      const res = await get(`${COURSE_BASE}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(/^(text|application)\/javascript\b/);
      expect(res.headers['content-security-policy'], path).toBe(CSP);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
    const wasm = buildFiles('.wasm');
    for (const { path } of wasm) {
      const res = await get(`${COURSE_BASE}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe('application/wasm');
    }
    // With no .wasm file in this build, the type still has to be right for the day one appears.
    expect(readFileSync('/etc/nginx/mime.types', 'utf8')).toMatch(/^\s*application\/wasm\s+wasm;/m);
    // Pagefind's index files have no registered type and go out as bytes.
    const pagefind = readdirSync(join(buildDir, 'pagefind')).filter((name) => name.endsWith('.pagefind'));
    expect(pagefind.length).toBeGreaterThan(0);
    for (const name of pagefind) {
      const res = await get(`${COURSE_BASE}pagefind/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers['content-type'], name).toBe('application/octet-stream');
    }
    console.log(`nginx types: ${scripts.length} JavaScript files, ${wasm.length} .wasm files, ${pagefind.length} Pagefind index files`);
  });

  it('compresses pages and scripts with gzip, and caches only the hashed files for long', async () => {
    const gzip = { 'Accept-Encoding': 'gzip' };
    const script = buildFiles('.js')
      .filter((f) => f.path.startsWith('_astro/'))
      .sort((a, b) => b.size - a.size)[0];
    expect(script.size).toBeGreaterThan(1024);
    for (const path of [COURSE_BASE, `${COURSE_BASE}lesson/softmax/`, `${COURSE_BASE}${script.path}`]) {
      const res = await get(path, gzip);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('gzip');
      expect(res.headers.vary, path).toMatch(/Accept-Encoding/);
      const plain = await get(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(res.body.length, path).toBeLessThan(plain.body.length);
    }
    const page = await get(`${COURSE_BASE}lesson/softmax/`);
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await get(`${COURSE_BASE}${script.path}`);
    expect(asset.headers['cache-control']).toBe('max-age=31536000');
  });

  it('finds the softmax page when searching for "softmax"', async () => {
    resetConsole();
    const visit = await browser!.openPage('', { waitUntil: 'networkidle' });
    try {
      const expected = `${COURSE_BASE}lesson/softmax/`;
      expect(await searchSite(visit.page, 'softmax', expected)).toContain(expected);
      expect(await problems(visit)).toEqual(NO_PROBLEMS);
    } finally {
      await visit.close();
    }
  });

  describe.each([
    { path: 'lesson/four-blobs/', trainer: 'demo-trainer[experiment="blobs4"]', result: 'accuracy' },
    { path: 'lesson/inside-a-linear-classifier/', trainer: 'demo-trainer[experiment="blobs2"]', result: 'accuracy' },
    { path: 'lesson/regression/', trainer: '#regression-trainer', result: 'loss' },
  ])('the trainer on $path', ({ path, trainer, result }) => {
    it('trains with its defaults to the end, its worker loaded from the sub-path under the policy', async () => {
      resetConsole();
      const visit = await browser!.openPage(path, { waitUntil: 'load' });
      try {
        const { page } = visit;
        await page.waitForSelector(`${trainer}[data-ready="true"]`);
        const started = performance.now();
        await page.click(`${trainer} button[data-action="train"]`);
        await page.waitForFunction(
          (sel) => !['running', 'idle', null].includes(document.querySelector(sel)?.getAttribute('data-state') ?? null),
          trainer,
          { timeout: 150_000 },
        );
        const seconds = (performance.now() - started) / 1000;
        expect(await page.getAttribute(trainer, 'data-state')).toBe('completed');
        expect(await page.textContent(`${trainer} [data-status]`)).toMatch(/^Done: \d+ epochs/);
        const value = Number(await page.getAttribute(`${trainer} [data-result="${result}"]`, 'data-value'));
        expect(Number.isFinite(value), `${result} shown after the run`).toBe(true);
        expect(await page.textContent(`${trainer} [data-backend]`)).toMatch(/in a Web Worker/);
        const workers = page.workers().map((w) => new URL(w.url()));
        expect(workers.length, 'the training worker').toBeGreaterThan(0);
        for (const worker of workers) {
          if (worker.protocol !== 'blob:') expect(worker.pathname.startsWith(COURSE_BASE), worker.href).toBe(true);
        }
        const workerScript = visit.responses.find((r) => /worker/i.test(r.url) && r.resourceType === 'script');
        console.log(`nginx ${path}: trained in ${seconds.toFixed(1)} s, ${result} ${value}, worker ${workers.map((w) => w.href).join(', ')}`);
        if (workerScript) expect(workerScript.status).toBe(200);
        expect(await problems(visit)).toEqual(NO_PROBLEMS);
      } finally {
        await visit.close();
      }
    });
  });
});
