import { describe, expect, it } from 'vitest';
import { extractSamples } from '../../src/lib/samples/extractSamples';

const page = [
  '---',
  'title: A page',
  '# not a heading: frontmatter',
  '---',
  '## Data',
  '<Tabs>',
  '  <TabItem label="Keras (Python)">',
  '    ```python',
  '    import numpy as np',
  '      x = 1  # indented more',
  '    ```',
  '  </TabItem>',
  '</Tabs>',
  '### Split',
  '```ts standalone title="a.ts"',
  'const a = 1;',
  '```',
  '## Writing',
  '````mdx',
  '```python',
  'inside the mdx example',
  '```',
  '````',
].join('\n');

describe('extractSamples', () => {
  const samples = extractSamples(page);

  it('finds the blocks in page order with their language, meta and line', () => {
    expect(samples.map((s) => [s.lang, s.meta, s.line])).toEqual([
      ['python', '', 8],
      ['ts', 'standalone title="a.ts"', 15],
      ['mdx', '', 19],
    ]);
  });

  it('removes the opening fence’s indentation and keeps the rest', () => {
    expect(samples[0]?.code).toBe('import numpy as np\n  x = 1  # indented more');
  });

  it('gives each block the headings it sits under, outermost first', () => {
    expect(samples[0]?.headings).toEqual([{ depth: 2, text: 'Data' }]);
    expect(samples[1]?.headings).toEqual([{ depth: 2, text: 'Data' }, { depth: 3, text: 'Split' }]);
    expect(samples[2]?.headings).toEqual([{ depth: 2, text: 'Writing' }]);
  });

  it('keeps a fence shown inside a longer fence as part of that block', () => {
    expect(samples[2]?.code).toBe('```python\ninside the mdx example\n```');
  });

  it('ignores headings inside code blocks', () => {
    const s = extractSamples('## A\n```python\n# a comment\n```\n```ts\n```');
    expect(s[1]?.headings).toEqual([{ depth: 2, text: 'A' }]);
  });
});
