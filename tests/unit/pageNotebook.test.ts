import { describe, expect, it } from 'vitest';
import { extractSamples } from '../../src/lib/samples/extractSamples';
import { pageNotebook } from '../../src/lib/samples/pageNotebook';

const mdx = [
  '## Data',
  '```python', 'import numpy as np', 'x = np.zeros(3)', '```',
  '```ts', 'const x = 1;', '```',
  '```python', 'print(x)', '```',
  '## Model', '### Fit',
  '```python', 'y = x + 1', '```',
  '```python standalone', 'z = 0', '```',
].join('\n');
const nb = pageNotebook(extractSamples(mdx), { page: 'demo', title: 'Demo' });

describe('pageNotebook', () => {
  it('is nbformat 4.5 with a Python kernel', () => {
    expect([nb.nbformat, nb.nbformat_minor]).toEqual([4, 5]);
    expect(nb.metadata.kernelspec.language).toBe('python');
  });

  it('has one code cell per Python sample of the program, unchanged, as lines', () => {
    const code = nb.cells.filter((c) => c.cell_type === 'code');
    expect(code.map((c) => c.source.join(''))).toEqual(['import numpy as np\nx = np.zeros(3)', 'print(x)', 'y = x + 1']);
    expect(code[0]?.source).toEqual(['import numpy as np\n', 'x = np.zeros(3)']);
    expect(code.every((c) => c.outputs?.length === 0 && c.execution_count === null)).toBe(true);
  });

  it('puts the title first and the headings as markdown cells where they change', () => {
    expect(nb.cells.map((c) => c.cell_type)).toEqual(['markdown', 'markdown', 'code', 'code', 'markdown', 'code']);
    expect(nb.cells[0]?.source[0]).toBe('# Demo\n');
    expect(nb.cells[1]?.source.join('')).toBe('## Data');
    expect(nb.cells[4]?.source.join('')).toBe('## Model\n\n### Fit');
  });

  it('gives every cell a unique id', () => {
    const ids = nb.cells.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-zA-Z0-9_-]{1,64}$/.test(id))).toBe(true);
  });
});
