import { findExecutable, SYSTEM_PACKAGES_INSTALL } from './findExecutable';

/** Where Debian and Ubuntu packages put the browser; CHROMIUM_PATH wins over both. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_INSTALL_HINT =
  'The browser tests need Chromium. On Debian/Ubuntu install the test packages with ' +
  `\`${SYSTEM_PACKAGES_INSTALL}\` (as root), or point CHROMIUM_PATH ` +
  'at any Chromium or Chrome executable, ' +
  'e.g. `CHROMIUM_PATH=/opt/google/chrome/chrome npm test`.';

/**
 * Returns the Chromium executable the browser tests drive. Throws instead of returning
 * nothing: a missing browser must fail the run, never skip it.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  return findExecutable({ name: 'Chromium', envVar: 'CHROMIUM_PATH', candidates, installHint: CHROMIUM_INSTALL_HINT }, env);
}
