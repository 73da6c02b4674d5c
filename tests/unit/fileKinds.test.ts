import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDirectory, isFile } from '../../tools/fileKinds';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-kinds-'));
  writeFileSync(join(dir, 'page.html'), '<p>page</p>');
  mkdirSync(join(dir, 'lesson'));
  symlinkSync(join(dir, 'page.html'), join(dir, 'linked.html'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isFile and isDirectory', () => {
  it.each([
    ['page.html', true, false],
    ['linked.html', true, false],
    ['lesson', false, true],
    ['missing', false, false],
    ['page.html/inside', false, false],
  ])('%s: file %s, directory %s', (name, file, directory) => {
    expect(isFile(join(dir, name))).toBe(file);
    expect(isDirectory(join(dir, name))).toBe(directory);
  });
});
