import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = new URL('../../../src/content/docs/', import.meta.url);

export interface DocPage {
  /** The file name without .mdx, e.g. `five-steps`. */
  page: string;
  title: string;
  source: string;
}

/** The MDX pages of one folder of src/content/docs (`lesson`, `guides`), read from disk. */
export function docPages(folder: 'lesson' | 'guides'): DocPage[] {
  const dir = new URL(`${folder}/`, DOCS);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const source = readFileSync(new URL(f, dir), 'utf8');
      const title = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? f;
      return { page: f.replace(/\.mdx$/, ''), title, source };
    });
}
