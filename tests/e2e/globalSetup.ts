/**
 * Runs once before the browser tests: checks that a Chromium and a built site exist (failing
 * with a message that says what to do, never skipping), serves `dist/` on a random loopback
 * port and hands the address to the tests through Vitest's provide/inject.
 *
 * The site is served under the same base path it was built for: `BASE=/course/ npm run test:e2e`
 * builds and tests the site as it would live under a sub-path. E2E_DIST points the tests at a
 * build elsewhere (`astro build --outDir /tmp/site && E2E_DIST=/tmp/site vitest run --project e2e`),
 * which keeps a run steady while something else rebuilds dist/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../tools/findChromium';
import { startGzipFront, type GzipFront } from '../../tools/gzipFront';
import { normalizeBase } from '../../tools/normalizeBase';
import { startStaticServer, type StaticServer } from '../../tools/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site's root, e.g. `http://127.0.0.1:41234/` or `.../course/`. */
    baseUrl: string;
    /** The same site behind a gzip front that compresses like deploy/nginx.conf. */
    gzipBaseUrl: string;
    /** Absolute path of the built site that is being served. */
    distDir: string;
    chromiumPath: string;
  }
}

const distDir = process.env.E2E_DIST
  ? `${resolve(process.env.E2E_DIST)}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

let server: StaticServer | undefined;
let gzipFront: GzipFront | undefined;

export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(
      `No built site at ${distDir} (index.html is missing). Run \`npm run build\` first; ` +
        '`npm run test:e2e` builds before it tests.',
    );
  }
  server = await startStaticServer({ root: distDir, base: normalizeBase(process.env.BASE) });
  project.provide('baseUrl', server.url);
  gzipFront = await startGzipFront(server.origin);
  project.provide('gzipBaseUrl', gzipFront.origin + server.base);
  project.provide('distDir', distDir);
  project.provide('chromiumPath', chromiumPath);
}

export async function teardown(): Promise<void> {
  await gzipFront?.close();
  gzipFront = undefined;
  await server?.close();
  server = undefined;
}
