/**
 * Photographs the built site for the README: `npx tsx tests/e2e/support/takeScreenshot.ts
 * [page] [out.png]` after `npm run build` (E2E_DIST serves another build, as in the tests). It uses the test suite's server and browser, so the
 * picture shows exactly what the tests check.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser';
import { findChromium } from '../../../tools/findChromium';
import { startStaticServer } from '../../../tools/staticServer';

const page = process.argv[2] ?? 'lesson/softmax/';
const out = process.argv[3] ?? fileURLToPath(new URL('../../../docs/screenshot.png', import.meta.url));
const distDir = process.env.E2E_DIST
  ? resolve(process.env.E2E_DIST)
  : fileURLToPath(new URL('../../../dist/', import.meta.url));

const server = await startStaticServer({ root: distDir });
const browser = await launchBrowser({ executablePath: findChromium(), baseUrl: server.url });
try {
  const visit = await browser.openPage(page, { colorScheme: 'light', waitUntil: 'networkidle' });
  await visit.page.evaluate(async () => {
    await document.fonts.ready;
  });
  await visit.page.screenshot({ path: out });
  const problems = [...visit.consoleErrors, ...visit.pageErrors, ...visit.badResponses];
  if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`);
  console.log(`Saved ${out} (${page}, 1280x800)`);
} finally {
  await browser.close();
  await server.close();
}
