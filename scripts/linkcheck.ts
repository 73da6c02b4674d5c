/**
 * Link check over a built site: every internal URL an HTML file of `dist/` points at (href, src,
 * srcset) must be a file of the build, and every `#fragment` must be an id (or an `<a name>`) on
 * the page it targets. External URLs are collected and listed, never fetched: the site must
 * work offline, and a check that depends on other people's servers would fail for their reasons.
 *
 * The build is read as the server will serve it: under `base` (`/` or a sub-path such as
 * `/course/`), a URL ending in `/` is that directory's index.html. Absolute URLs on the
 * configured `site` origin (Astro writes the canonical link that way) are checked as internal.
 *
 *   tsx scripts/linkcheck.ts [distDir] [--base /course/] [--site https://example.org]
 *
 * BASE and SITE from the environment are the defaults, as for `astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { isDirectory, isFile } from '../tools/fileKinds';
import { normalizeBase } from '../tools/normalizeBase';

export interface LinkCheckOptions {
  /** Path the site is served under; `/` when missing. */
  base?: string;
  /** The origin Astro was built for (its `site`); absolute links there count as internal. */
  site?: string;
}

export interface BrokenLink {
  /** HTML file that holds the link, relative to the dist directory. */
  page: string;
  /** The attribute's value as written. */
  url: string;
  reason: string;
}

export interface LinkCheckReport {
  /** HTML files read. */
  pages: number;
  /** Internal URL references checked (every occurrence, fragments included). */
  internal: number;
  /** Of those, references with a `#fragment` that was looked up on its target page. */
  anchors: number;
  /** Distinct URLs to other origins (and mailto: or tel: links), sorted; not fetched. */
  external: string[];
  broken: BrokenLink[];
}

// A made-up origin to resolve relative URLs against; it never leaves this process.
const CHECK_ORIGIN = 'http://linkcheck.invalid';
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['use[href]', 'href'],
];
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];
// Schemes that never name a file: the page itself makes the content.
const INLINE_SCHEMES = new Set(['data:', 'blob:', 'about:', 'javascript:']);
const LISTED_SCHEMES = new Set(['mailto:', 'tel:']);
const NOT_FOUND_PAGE = '404.html';

/** Every HTML file under `dir`, as paths relative to it with `/` separators, sorted. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a file of the build is served at: `lesson/a/index.html` -> `/base/lesson/a/`. */
export function servedPath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The URLs of one attribute value; srcset lists several, each before its width or density. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

interface FoundUrl {
  raw: string;
  canonical: boolean;
}

function urlsIn(html: string): FoundUrl[] {
  const { document } = parseHTML(html);
  const found: FoundUrl[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of document.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute);
      const canonical = el.tagName.toLowerCase() === 'link' && /(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? '');
      if (value !== null) found.push({ raw: value.trim(), canonical });
    }
  }
  for (const selector of SRCSET_SELECTORS) {
    for (const el of document.querySelectorAll(selector)) {
      for (const url of srcsetUrls(el.getAttribute('srcset') ?? '')) found.push({ raw: url, canonical: false });
    }
  }
  return found;
}

/** Fragment targets of a page: every id, and the names of `<a name>` (still honoured by browsers). */
export function anchorsIn(html: string): Set<string> {
  const { document } = parseHTML(html);
  const anchors = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) anchors.add(el.getAttribute('id') ?? '');
  for (const el of document.querySelectorAll('a[name]')) anchors.add(el.getAttribute('name') ?? '');
  anchors.delete('');
  return anchors;
}

/**
 * The file of the build a URL path (already inside the base) is served from, or a reason why
 * there is none. Mirrors the static servers the site is deployed to: a directory means its
 * index.html, and `page` may be `page.html`.
 */
function fileFor(distDir: string, pathInBase: string): { file: string } | { reason: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathInBase);
  } catch {
    return { reason: 'malformed percent-encoding' };
  }
  const target = resolve(distDir, decoded);
  if (target !== distDir && !target.startsWith(distDir + sep)) return { reason: 'points outside the site' };
  if (decoded === '' || decoded.endsWith('/')) {
    const index = join(target, 'index.html');
    return isFile(index) ? { file: index } : { reason: 'no index.html in that directory' };
  }
  if (isFile(target)) return { file: target };
  if (isDirectory(target) && isFile(join(target, 'index.html'))) return { file: join(target, 'index.html') };
  if (isFile(`${target}.html`)) return { file: `${target}.html` };
  return { reason: 'no such file in the build' };
}

/** What one page's links are checked against, the same for every page of the build. */
interface CheckContext {
  root: string;
  base: string;
  siteOrigin: string | undefined;
  /** The fragment targets of a page of the build, each page read once. */
  anchorsOf(file: string): Set<string>;
}

function cachedAnchors(): (file: string) => Set<string> {
  const anchorCache = new Map<string, Set<string>>();
  return (file) => {
    let anchors = anchorCache.get(file);
    if (!anchors) {
      anchors = anchorsIn(readFileSync(file, 'utf8'));
      anchorCache.set(file, anchors);
    }
    return anchors;
  };
}

/**
 * A reference's fate: not checked, listed as external, not a URL at all, or internal (counted,
 * with its fragment counted too when it has one, and its fault if it has one).
 */
type Verdict =
  | { kind: 'skip' }
  | { kind: 'external'; url: string }
  | { kind: 'invalid' }
  | { kind: 'internal'; anchor: boolean; reason?: string };

/** Why `fragment` on the page `file` names nothing, or undefined when it names something. */
function fragmentFault(fragment: string, file: string, context: CheckContext): string | undefined {
  if (!file.endsWith('.html')) return 'fragment on a file that is not a page';
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return 'malformed percent-encoding in the fragment';
  }
  // "#top" scrolls to the top of any page by the HTML standard, with or without such an id.
  if (id.toLowerCase() === 'top') return undefined;
  if (context.anchorsOf(file).has(id)) return undefined;
  return `no element with id "${id}" on ${relative(context.root, file).split(sep).join('/')}`;
}

function checkInternal(url: URL, context: CheckContext): Verdict {
  const { base } = context;
  if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
    return { kind: 'internal', anchor: false, reason: `outside the base path ${base}` };
  }
  const target = fileFor(context.root, url.pathname.slice(base.length));
  if ('reason' in target) return { kind: 'internal', anchor: false, reason: target.reason };
  const fragment = url.hash.slice(1);
  if (fragment === '') return { kind: 'internal', anchor: false };
  return { kind: 'internal', anchor: true, reason: fragmentFault(fragment, target.file, context) };
}

function checkReference(raw: string, pageUrl: URL, context: CheckContext): Verdict {
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { kind: 'invalid' };
  }
  if (INLINE_SCHEMES.has(url.protocol)) return { kind: 'skip' };
  if (LISTED_SCHEMES.has(url.protocol)) return { kind: 'external', url: raw };
  const onSite = url.origin === CHECK_ORIGIN || (context.siteOrigin !== undefined && url.origin === context.siteOrigin);
  return onSite ? checkInternal(url, context) : { kind: 'external', url: url.href };
}

type Tally = Omit<LinkCheckReport, 'external'> & { external: Set<string> };

/** Checks every reference on `page` and adds what it finds to `report`. */
function checkPage(page: string, context: CheckContext, report: Tally): void {
  const pageUrl = new URL(servedPath(page, context.base), CHECK_ORIGIN);
  const notFoundPage = page === NOT_FOUND_PAGE;
  for (const { raw, canonical } of urlsIn(readFileSync(join(context.root, page), 'utf8'))) {
    if (raw === '') continue; // an empty href is the page itself
    // The 404 page answers at every missing address, so it has no address of its own to name.
    if (notFoundPage && canonical) continue;
    const verdict = checkReference(raw, pageUrl, context);
    if (verdict.kind === 'external') report.external.add(verdict.url);
    if (verdict.kind === 'invalid') report.broken.push({ page, url: raw, reason: 'not a valid URL' });
    if (verdict.kind !== 'internal') continue;
    report.internal += 1;
    if (verdict.anchor) report.anchors += 1;
    if (verdict.reason !== undefined) report.broken.push({ page, url: raw, reason: verdict.reason });
  }
}

export function checkLinks(distDir: string, options: LinkCheckOptions = {}): LinkCheckReport {
  const root = resolve(distDir);
  if (!isDirectory(root)) throw new Error(`Link check: ${root} is not a directory; build the site first.`);
  const base = normalizeBase(options.base);
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const context: CheckContext = { root, base, siteOrigin, anchorsOf: cachedAnchors() };
  const pages = htmlFiles(root);
  const found: Tally = { pages: pages.length, internal: 0, anchors: 0, external: new Set(), broken: [] };
  for (const page of pages) checkPage(page, context, found);
  return { ...found, external: [...found.external].sort() };
}

export function formatReport(report: LinkCheckReport): string {
  const lines = [
    `${report.pages} HTML files, ${report.internal} internal links (${report.anchors} with a fragment), ` +
      `${report.external.length} distinct external URLs, ${report.broken.length} broken.`,
  ];
  if (report.external.length > 0) {
    lines.push('External (listed, not fetched):');
    for (const url of report.external) lines.push(`  ${url}`);
  }
  if (report.broken.length > 0) {
    lines.push('Broken:');
    for (const b of report.broken) lines.push(`  ${b.page}: ${b.url} (${b.reason})`);
  }
  return lines.join('\n');
}

function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distDir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
  const report = checkLinks(distDir, {
    base: argValue(args, '--base') ?? process.env.BASE,
    site: argValue(args, '--site') ?? process.env.SITE ?? 'http://localhost:4321',
  });
  console.log(formatReport(report));
  process.exitCode = report.broken.length > 0 ? 1 : 0;
}
