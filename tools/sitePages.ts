import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every page of the built site as a path relative to the base (`''` for the home page,
 * `lesson/softmax/` for `lesson/softmax/index.html`), sorted. Read from the build itself so
 * a new page is tested without anyone listing it. The 404 page is left out: it is not a page
 * a link should lead to, and it answers 404 by design.
 */
export function sitePages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        const path = relative(distDir, full).split(sep).join('/');
        if (path === '404.html') continue;
        pages.push(path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

export function pageLabel(path: string): string {
  return `/${path}`;
}
