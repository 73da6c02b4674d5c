import { describe, expect, it } from 'vitest';
import { pageDownloads } from '../../src/lib/samples/pageDownloads';

describe('pageDownloads', () => {
  it('gives a page with both languages its .ts, .py and .ipynb', () => {
    const files = pageDownloads('demo', 'Demo', '```python\na = 1\n```\n```ts\nconst a = 1;\n```');
    expect(files.map((f) => f.file)).toEqual(['demo.ts', 'demo.py', 'demo.ipynb']);
    expect(files[0]?.body).toContain('const a = 1;');
    expect(files[1]?.body).toContain('a = 1');
    expect(JSON.parse(files[2]?.body ?? '{}').nbformat).toBe(4);
  });

  it('gives nothing for a language without samples, and nothing for a page without code', () => {
    expect(pageDownloads('demo', 'Demo', '```ts\nconst a = 1;\n```').map((f) => f.file)).toEqual(['demo.ts']);
    expect(pageDownloads('demo', 'Demo', 'Just prose.\n```sh\nls\n```')).toEqual([]);
  });

  it('counts only samples of the program: standalone ones alone give no file', () => {
    expect(pageDownloads('demo', 'Demo', '```ts standalone\nconst a = 1;\n```')).toEqual([]);
  });
});
