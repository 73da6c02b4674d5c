import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../tools/chromiumArgs';

type ContextOptions = Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'headless' | 'args'>;

export interface FreshChromium {
  context: BrowserContext;
  /** Ends the browser and removes its profile. */
  close(): Promise<void>;
}

/**
 * A headless Chromium in a profile of its own: a persistent context in a fresh folder, the way
 * that works as root here, started with the project's Chromium flags and `extraArgs`.
 */
export async function launchFreshChromium(executablePath: string, options: ContextOptions & { extraArgs?: string[] } = {}): Promise<FreshChromium> {
  const { extraArgs = [], ...contextOptions } = options;
  const profile = await mkdtemp(join(tmpdir(), 'course-e2e-'));
  const removeProfile = () => rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { ...contextOptions, executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  return {
    context,
    close: async () => {
      await context.close();
      await removeProfile();
    },
  };
}
