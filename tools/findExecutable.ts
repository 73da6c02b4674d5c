import { accessSync, constants } from 'node:fs';

export interface ExecutableSearch {
  /** Shown in messages, e.g. "Chromium". */
  name: string;
  /** Environment variable that names the executable and wins over the candidates. */
  envVar: string;
  /** Where distribution packages put it, tried in order. */
  candidates: readonly string[];
  /** How to install it, appended to every failure. */
  installHint: string;
}

/** The README's one install line: every system package the tests need, on Debian or Ubuntu. */
export const SYSTEM_PACKAGES_INSTALL = 'apt-get install -y chromium nginx-light python3-sklearn python3-nbformat';

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the path of a program the tests need. Throws instead of returning nothing: a missing
 * program must fail the run, never skip it.
 */
export function findExecutable(search: ExecutableSearch, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[search.envVar]?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${search.envVar} is set to ${fromEnv}, which is not an executable file. ${search.installHint}`);
  }
  const found = search.candidates.find(isExecutable);
  if (found) return found;
  throw new Error(`No ${search.name} found (looked at ${search.candidates.join(', ')}). ${search.installHint}`);
}
