import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium } from '../../tools/findChromium';

describe('findChromium', () => {
  let dir: string;
  let fakeBrowser: string;
  let notExecutable: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'find-chromium-'));
    fakeBrowser = join(dir, 'chrome');
    notExecutable = join(dir, 'readme.txt');
    await writeFile(fakeBrowser, '#!/bin/sh\n');
    await chmod(fakeBrowser, 0o755);
    await writeFile(notExecutable, 'text');
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prefers CHROMIUM_PATH when it points at an executable', () => {
    expect(findChromium({ CHROMIUM_PATH: fakeBrowser })).toBe(fakeBrowser);
  });

  it('fails, with the install command, when CHROMIUM_PATH is not executable', () => {
    expect(() => findChromium({ CHROMIUM_PATH: notExecutable })).toThrow(/apt-get install -y chromium/);
    expect(() => findChromium({ CHROMIUM_PATH: join(dir, 'missing') })).toThrow(/CHROMIUM_PATH/);
  });

  it('looks at the Debian and Ubuntu locations by default', () => {
    expect(CHROMIUM_CANDIDATES).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
  });

  it('takes the first executable candidate when CHROMIUM_PATH is unset or blank', () => {
    expect(findChromium({}, [join(dir, 'missing'), notExecutable, fakeBrowser])).toBe(fakeBrowser);
    expect(findChromium({ CHROMIUM_PATH: '  ' }, [fakeBrowser])).toBe(fakeBrowser);
  });

  it('fails, saying how to install Chromium, when no candidate exists', () => {
    expect(() => findChromium({}, [join(dir, 'missing'), notExecutable])).toThrow(
      /No Chromium found .*apt-get install -y chromium.*CHROMIUM_PATH/,
    );
  });
});
