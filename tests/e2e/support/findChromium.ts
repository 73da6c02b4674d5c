import { accessSync, constants } from 'node:fs';

/** Where Debian and Ubuntu packages put the browser; CHROMIUM_PATH wins over both. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_INSTALL_HINT =
  'The browser tests need Chromium. On Debian/Ubuntu install it with `apt-get install -y chromium` ' +
  '(as root), or point CHROMIUM_PATH at any Chromium or Chrome executable, ' +
  'e.g. `CHROMIUM_PATH=/opt/google/chrome/chrome npm test`.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the Chromium executable the browser tests drive. Throws instead of returning
 * nothing: a missing browser must fail the run, never skip it.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file. ${CHROMIUM_INSTALL_HINT}`);
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new Error(`No Chromium found (looked at ${candidates.join(', ')}). ${CHROMIUM_INSTALL_HINT}`);
}
