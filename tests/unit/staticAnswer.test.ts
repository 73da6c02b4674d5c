import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticAnswer } from '../../tools/staticAnswer';

// Made before the tables below, which name files of the fixture site.
const parent = mkdtempSync(join(tmpdir(), 'static-answer-'));
const site = join(parent, 'site');
const bare = join(parent, 'bare');

function writeSite(dir: string, files: string[]): void {
  for (const path of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), path);
  }
}

beforeAll(() => {
  writeSite(site, ['index.html', '404.html', 'guide/index.html', 'about.html', 'logo.svg', 'drafts/notes.txt']);
  writeSite(bare, ['index.html']);
  writeSite(parent, ['site-private.txt']);
});

afterAll(() => rmSync(parent, { recursive: true, force: true }));

const file = (status: number, path: string) => ({ kind: 'file', status, file: join(site, path) });
const missing = file(404, '404.html');

describe('staticAnswer at the root', () => {
  it.each([
    ['/', file(200, 'index.html')],
    ['/guide/', file(200, 'guide/index.html')],
    ['/guide/?tab=2', file(200, 'guide/index.html')],
    ['/logo.svg', file(200, 'logo.svg')],
    ['/about', file(200, 'about.html')],
    ['/about.html', file(200, 'about.html')],
    ['/%6C%6Fgo.svg', file(200, 'logo.svg')],
    ['/guide', { kind: 'redirect', status: 301, location: '/guide/' }],
    ['/guide?tab=2', { kind: 'redirect', status: 301, location: '/guide/?tab=2' }],
    ['/drafts/', missing],
    ['/nowhere', missing],
    ['/logo.svg/more', missing],
    ['/../site-private.txt', missing],
    ['/%2e%2e/site-private.txt', missing],
    ['/guide/..%2f..%2fsite-private.txt', missing],
    ['/logo.svg%00', missing],
    ['/%E0%A4%A', { kind: 'text', status: 400, text: 'Bad request\n' }],
  ])('GET %s', (url, answer) => {
    expect(staticAnswer(site, '/', 'GET', url)).toEqual(answer);
  });

  it('answers HEAD as GET and refuses every other method, naming the allowed ones', () => {
    expect(staticAnswer(site, '/', 'HEAD', '/logo.svg')).toEqual(file(200, 'logo.svg'));
    for (const method of ['POST', 'PUT', 'DELETE', undefined]) {
      expect(staticAnswer(site, '/', method, '/logo.svg')).toEqual({
        kind: 'text',
        status: 405,
        text: 'Method not allowed\n',
        headers: { Allow: 'GET, HEAD' },
      });
    }
  });

  it('takes a missing request URL as the home page', () => {
    expect(staticAnswer(site, '/', 'GET', undefined)).toEqual(file(200, 'index.html'));
  });

  it('answers a miss in a site without a 404 page with plain text', () => {
    expect(staticAnswer(bare, '/', 'GET', '/nowhere')).toEqual({ kind: 'text', status: 404, text: 'Not found\n' });
  });
});

describe('staticAnswer under a sub-path', () => {
  it.each([
    ['/course/', file(200, 'index.html')],
    ['/course/guide/', file(200, 'guide/index.html')],
    ['/course', { kind: 'redirect', status: 301, location: '/course/' }],
    ['/course?x=1', { kind: 'redirect', status: 301, location: '/course/?x=1' }],
    ['/course/guide', { kind: 'redirect', status: 301, location: '/course/guide/' }],
    ['/', missing],
    ['/guide/', missing],
    ['/coursework/', missing],
  ])('GET %s', (url, answer) => {
    expect(staticAnswer(site, '/course/', 'GET', url)).toEqual(answer);
  });
});
