import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorsIn, checkLinks, formatReport, servedPath } from '../../scripts/linkcheck';

let dir: string;

function write(path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

function page(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'linkcheck-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('helpers', () => {
  it('serves a directory index at its directory', () => {
    expect(servedPath('index.html', '/')).toBe('/');
    expect(servedPath('lesson/a/index.html', '/course/')).toBe('/course/lesson/a/');
    expect(servedPath('404.html', '/')).toBe('/404.html');
  });

  it('collects ids and anchor names', () => {
    expect([...anchorsIn(page('<h2 id="x">x</h2><a name="old">o</a><p id="">e</p>'))].sort()).toEqual(['old', 'x']);
  });
});

describe('checkLinks', () => {
  it('accepts links that resolve, relative or absolute, with existing fragments', () => {
    write('index.html', page('<a href="lesson/a/">a</a><a href="/lesson/a/#part">part</a><a href="#top">top</a><img src="/img/p.svg" srcset="/img/p.svg 1x, img/p.svg 2x">', '<link rel="stylesheet" href="/s.css">'));
    write('lesson/a/index.html', page('<h2 id="part">Part</h2><a href="../../">home</a><a href="../../s.css">css</a><script src="/app.js"></script>'));
    write('s.css', 'body{}');
    write('app.js', '');
    write('img/p.svg', '<svg/>');
    const report = checkLinks(dir);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBe(2);
    expect(report.internal).toBe(10);
    expect(report.anchors).toBe(2);
  });

  it('reports a missing file, a missing fragment, and a fragment on a non-page', () => {
    write('index.html', page('<a href="/nope/">n</a><a href="/lesson/#gone">g</a><a href="#here">h</a><a href="/s.css#x">c</a><img src="/missing.png">'));
    write('lesson/index.html', page('<h2 id="present">p</h2>'));
    write('s.css', '');
    const report = checkLinks(dir);
    expect(report.broken.map((b) => [b.url, b.reason])).toEqual([
      ['/nope/', 'no index.html in that directory'],
      ['/lesson/#gone', 'no element with id "gone" on lesson/index.html'],
      ['#here', 'no element with id "here" on index.html'],
      ['/s.css#x', 'fragment on a file that is not a page'],
      ['/missing.png', 'no such file in the build'],
    ]);
    expect(formatReport(report)).toContain('5 broken');
  });

  it('checks links against the base path', () => {
    write('index.html', page('<a href="/course/lesson/">in</a><a href="/lesson/">out</a><a href="/course">root</a>'));
    write('lesson/index.html', page(''));
    const report = checkLinks(dir, { base: '/course/' });
    expect(report.broken).toEqual([{ page: 'index.html', url: '/lesson/', reason: 'outside the base path /course/' }]);
  });

  it('lists external links without fetching them and checks links on the site origin', () => {
    write(
      'index.html',
      page(
        '<a href="https://example.org/a?b=1">e</a><a href="https://example.org/a?b=1">again</a><a href="mailto:x@example.org">m</a><img src="data:image/png;base64,AA">',
        '<link rel="canonical" href="https://course.example.org/course/missing/">',
      ),
    );
    const report = checkLinks(dir, { base: '/course/', site: 'https://course.example.org' });
    expect(report.external).toEqual(['https://example.org/a?b=1', 'mailto:x@example.org']);
    expect(report.broken).toEqual([
      { page: 'index.html', url: 'https://course.example.org/course/missing/', reason: 'no index.html in that directory' },
    ]);
  });

  it('does not follow links out of the build directory', () => {
    write('site/index.html', page('<a href="/%2e%2e/secret.txt">x</a>'));
    write('secret.txt', 'no');
    const report = checkLinks(join(dir, 'site'));
    expect(report.broken).toHaveLength(1);
  });

  it('does not require a canonical address of the 404 page, but does of other pages', () => {
    const canonical = '<link rel="canonical" href="https://course.example.org/404/">';
    write('404.html', page('', canonical));
    write('index.html', page('', canonical));
    const report = checkLinks(dir, { site: 'https://course.example.org' });
    expect(report.broken.map((b) => b.page)).toEqual(['index.html']);
  });

  it('fails loudly when there is no build', () => {
    expect(() => checkLinks(join(dir, 'absent'))).toThrow(/not a directory/);
  });
});
