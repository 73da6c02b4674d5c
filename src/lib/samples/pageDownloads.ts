import { extractSamples } from './extractSamples';
import { isStandalone } from './isStandalone';
import { pageNotebook } from './pageNotebook';
import { pageProgram } from './pageProgram';
import { programLanguage } from './programLanguage';

export interface PageDownload {
  /** The file's name, e.g. `five-steps.ipynb`. */
  file: string;
  contentType: string;
  body: string;
}

/**
 * The downloads of one page, built from its MDX source: `<page>.ts` and `<page>.py` (its samples
 * of each language as one program) and `<page>.ipynb` (the Python program as a notebook). A
 * language with no sample in the program gives no file, so a page without code gives none.
 */
export function pageDownloads(page: string, title: string, mdx: string): PageDownload[] {
  const samples = extractSamples(mdx);
  const has = (lang: 'ts' | 'python') =>
    samples.some((s) => programLanguage(s.lang) === lang && !isStandalone(s));
  const files: PageDownload[] = [];
  if (has('ts')) {
    files.push({ file: `${page}.ts`, contentType: 'text/plain; charset=utf-8', body: pageProgram(samples, 'ts', { page, title }) });
  }
  if (has('python')) {
    files.push({ file: `${page}.py`, contentType: 'text/x-python; charset=utf-8', body: pageProgram(samples, 'python', { page, title }) });
    files.push({
      file: `${page}.ipynb`,
      contentType: 'application/x-ipynb+json; charset=utf-8',
      body: `${JSON.stringify(pageNotebook(samples, { page, title }), null, 1)}\n`,
    });
  }
  return files;
}
