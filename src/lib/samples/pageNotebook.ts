import type { Heading, Sample } from './extractSamples';
import { isStandalone } from './isStandalone';
import type { ProgramPage } from './pageProgram';
import { programLanguage } from './programLanguage';

export interface NotebookCell {
  cell_type: 'markdown' | 'code';
  id: string;
  metadata: Record<string, never>;
  source: string[];
  execution_count?: null;
  outputs?: [];
}

export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: {
    kernelspec: { name: string; display_name: string; language: string };
    language_info: { name: string };
  };
  cells: NotebookCell[];
}

/** nbformat stores text as lines, each but the last ending in a newline. */
function sourceLines(text: string): string[] {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l));
}

/** The headings of `next` that `previous` does not already open, as Markdown lines. */
function newHeadings(previous: readonly Heading[], next: readonly Heading[]): string[] {
  let same = 0;
  while (same < previous.length && same < next.length
    && previous[same]?.text === next[same]?.text && previous[same]?.depth === next[same]?.depth) same++;
  return next.slice(same).map((h) => `${'#'.repeat(h.depth)} ${h.text}`);
}

/**
 * The page's Python program as an nbformat 4.5 notebook: the title and a note as the first
 * markdown cell, then, for every Python sample not marked `standalone`, a markdown cell with the
 * page headings it starts under (when they change) and one code cell with the sample unchanged.
 */
export function pageNotebook(samples: readonly Sample[], { page, title }: ProgramPage): Notebook {
  const cells: NotebookCell[] = [];
  const add = (cell_type: NotebookCell['cell_type'], text: string) => {
    const id = `${cell_type}-${cells.length + 1}`;
    cells.push(cell_type === 'code'
      ? { cell_type, id, metadata: {}, source: sourceLines(text), execution_count: null, outputs: [] }
      : { cell_type, id, metadata: {}, source: sourceLines(text) });
  };
  add('markdown', `# ${title}\n\nThe Python samples of the page "${title}" (\`${page}\`), one cell `
    + 'per sample, in page order; each cell continues the ones above it. They need Keras 3, NumPy '
    + 'and scikit-learn.');
  let previous: Heading[] = [];
  for (const s of samples) {
    if (programLanguage(s.lang) !== 'python' || isStandalone(s)) continue;
    const headings = newHeadings(previous, s.headings);
    if (headings.length > 0) add('markdown', headings.join('\n\n'));
    add('code', s.code);
    previous = s.headings;
  }
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    cells,
  };
}
