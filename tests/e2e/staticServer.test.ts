/**
 * The browser tests trust the static server to behave like a real host (issue: a wrong MIME
 * type breaks wasm and module scripts silently), so its behaviour is pinned here on a small
 * fixture site, at the root and under a sub-path.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tools/staticServer';

let root: string;

const FILES: Record<string, string> = {
  'index.html': '<h1>home</h1>',
  '404.html': '<h1>lost</h1>',
  'lesson/softmax/index.html': '<h1>softmax</h1>',
  'empty-dir/.keep': '',
  'file-format.html': '<h1>file format</h1>',
  'a.wasm': 'wasm',
  'a.mjs': 'export {}',
  'a.js': '1',
  'a.css': 'a{}',
  'a.svg': '<svg/>',
  'a.woff2': 'w',
  'a.json': '{}',
  'pagefind/wasm.en.pagefind': 'p',
  'pagefind/fragment/en_1.pf_fragment': 'f',
  'pagefind/index/en_1.pf_index': 'i',
  'pagefind/pagefind.en_1.pf_meta': 'm',
  'unknown.bin': 'b',
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-server-'));
  for (const [path, body] of Object.entries(FILES)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), body);
  }
  // A file beside the root that a path traversal would reach.
  await writeFile(join(root, '..', `${root.split('/').pop()}-secret.txt`), 'secret');
});

afterAll(async () => {
  await rm(`${root}-secret.txt`, { force: true });
  await rm(root, { recursive: true, force: true });
});

const get = (server: StaticServer, path: string, init?: RequestInit) =>
  fetch(server.origin + path, { redirect: 'manual', ...init });

describe('served at the root', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, headers: { 'X-Test': 'yes' } });
  });
  afterAll(() => server.close());

  it('listens on the loopback interface with a system-chosen port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/`);
  });

  it.each([
    ['/a.wasm', 'application/wasm'],
    ['/a.mjs', 'text/javascript; charset=utf-8'],
    ['/a.js', 'text/javascript; charset=utf-8'],
    ['/a.css', 'text/css; charset=utf-8'],
    ['/a.svg', 'image/svg+xml'],
    ['/a.woff2', 'font/woff2'],
    ['/a.json', 'application/json; charset=utf-8'],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['/pagefind/fragment/en_1.pf_fragment', 'application/octet-stream'],
    ['/pagefind/index/en_1.pf_index', 'application/octet-stream'],
    ['/pagefind/pagefind.en_1.pf_meta', 'application/octet-stream'],
    ['/unknown.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(server, path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(FILES[path.slice(1)]);
  });

  it('serves a directory by its index.html', async () => {
    const response = await get(server, '/lesson/softmax/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>softmax</h1>');
    expect(await (await get(server, '/')).text()).toBe('<h1>home</h1>');
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await get(server, '/lesson/softmax?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/lesson/softmax/?x=1');
  });

  it('serves page.html for /page', async () => {
    const response = await get(server, '/file-format');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>file format</h1>');
  });

  it('answers a miss, and a directory without index.html, with the 404 page and status 404', async () => {
    for (const path of ['/nowhere/', '/a.wasm/x', '/empty-dir/']) {
      const response = await get(server, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe('<h1>lost</h1>');
    }
  });

  it('never serves a file outside its root', async () => {
    const secret = `${root.split('/').pop()}-secret.txt`;
    for (const path of [`/../${secret}`, `/%2e%2e/${secret}`, `/..%2f${secret}`, `/lesson/..%2f..%2f${secret}`]) {
      const response = await get(server, path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(server, '/a.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('3');
    expect(await head.text()).toBe('');
    const post = await get(server, '/a.css', { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('adds the configured headers to every answer, misses included', async () => {
    expect((await get(server, '/')).headers.get('x-test')).toBe('yes');
    expect((await get(server, '/nowhere')).headers.get('x-test')).toBe('yes');
  });
});

describe('served under a sub-path', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, base: '/course/' });
  });
  afterAll(() => server.close());

  it('serves the site under the base and nothing outside it', async () => {
    expect(server.url).toBe(`${server.origin}/course/`);
    expect(await (await get(server, '/course/')).text()).toBe('<h1>home</h1>');
    expect(await (await get(server, '/course/lesson/softmax/')).text()).toBe('<h1>softmax</h1>');
    expect((await get(server, '/course/a.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get(server, '/lesson/softmax/')).status).toBe(404);
    expect((await get(server, '/coursework/')).status).toBe(404);
  });

  it('redirects the base without its trailing slash', async () => {
    const response = await get(server, '/course');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/course/');
  });

  it('redirects sub-directories within the base', async () => {
    const response = await get(server, '/course/lesson/softmax');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/course/lesson/softmax/');
  });
});

it('refuses to start on a directory that does not exist, saying to build first', async () => {
  await expect(startStaticServer({ root: join(root, 'missing') })).rejects.toThrow(/npm run build/);
});
