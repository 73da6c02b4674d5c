import { describe, expect, it } from 'vitest';
import { extractSamples } from '../../src/lib/samples/extractSamples';
import { PROGRAM_BACKEND_IMPORT, pageProgram, tsRunCommand } from '../../src/lib/samples/pageProgram';

const mdx = [
  '## One',
  '```python', 'a = 1', '```',
  '```ts', 'const a = 1;', '```',
  '## Two',
  '```ts', 'console.log(a);', '```',
  '```ts standalone', 'const a = 2;', '```',
  '```sh', 'ls', '```',
].join('\n');
const samples = extractSamples(mdx);
const page = { page: 'demo', title: 'Demo' };

describe('pageProgram', () => {
  it('joins the samples of one language in page order, under their section, unchanged', () => {
    const ts = pageProgram(samples, 'ts', page);
    expect(ts.indexOf('const a = 1;')).toBeLessThan(ts.indexOf('console.log(a);'));
    expect(ts).toContain('// ── One ──\nconst a = 1;');
    expect(ts).toContain('// ── Two ──\nconsole.log(a);');
  });

  it('leaves out standalone samples and other languages', () => {
    const ts = pageProgram(samples, 'ts', page);
    expect(ts).not.toContain('const a = 2;');
    expect(ts).not.toContain('a = 1\n');
    expect(ts).not.toContain('ls');
    expect(pageProgram(samples, 'python', page)).toContain('# ── One ──\na = 1\n');
  });

  it('starts the TypeScript with the backend import and the command that runs it', () => {
    const ts = pageProgram(samples, 'ts', page);
    expect(ts).toContain(PROGRAM_BACKEND_IMPORT);
    expect(ts.indexOf(PROGRAM_BACKEND_IMPORT)).toBeLessThan(ts.indexOf('const a'));
    expect(ts).toContain(tsRunCommand('demo'));
    expect(tsRunCommand('demo')).toBe('npx tsx scripts/demo.ts');
    expect(ts).toMatch(/scripts\/ folder/);
  });

  it('gives Python a header in comments only', () => {
    const py = pageProgram(samples, 'python', page);
    const beforeCode = py.slice(0, py.indexOf('a = 1')).split('\n').filter((l) => l.trim());
    expect(beforeCode.every((l) => l.startsWith('#'))).toBe(true);
    expect(py).toContain('python3 demo.py');
  });
});
