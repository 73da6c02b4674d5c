/**
 * What the static file server answers to one request, decided apart from the HTTP plumbing so
 * the rules read (and are tested) on their own: only GET and HEAD, a base path without its
 * trailing slash redirects to the base, a directory means its `index.html` (redirecting to
 * the path with a slash first), `/page` may be `page.html`, and anything outside the base or
 * resolving outside the root is a miss, answered with the site's own 404 page when it has one.
 */
import { join, resolve, sep } from 'node:path';
import { isDirectory, isFile } from './fileKinds';

export type StaticAnswer =
  | { kind: 'file'; status: 200 | 404; file: string }
  | { kind: 'text'; status: 400 | 404 | 405; text: string; headers?: Record<string, string> }
  | { kind: 'redirect'; status: 301; location: string };

const redirect = (location: string): StaticAnswer => ({ kind: 'redirect', status: 301, location });

function notFound(root: string): StaticAnswer {
  const page404 = join(root, '404.html');
  return isFile(page404) ? { kind: 'file', status: 404, file: page404 } : { kind: 'text', status: 404, text: 'Not found\n' };
}

/** A target inside the root that is not a directory: the file itself, else Astro's `page.html`. */
function fileAnswer(root: string, target: string): StaticAnswer {
  if (isFile(target)) return { kind: 'file', status: 200, file: target };
  // Astro's `build.format: 'file'` writes `page.html` for `/page`.
  if (isFile(`${target}.html`)) return { kind: 'file', status: 200, file: `${target}.html` };
  return notFound(root);
}

function directoryAnswer(root: string, directory: string, url: URL, pathname: string): StaticAnswer {
  if (!pathname.endsWith('/')) return redirect(`${url.pathname}/${url.search}`);
  const index = join(directory, 'index.html');
  return isFile(index) ? { kind: 'file', status: 200, file: index } : notFound(root);
}

/**
 * The answer to `method` on `requestUrl` (the request line's path and query) for a site whose
 * files are in `root` (an absolute path) and which is served under `base` (`/` or `/sub/`).
 */
export function staticAnswer(root: string, base: string, method: string | undefined, requestUrl: string | undefined): StaticAnswer {
  if (method !== 'GET' && method !== 'HEAD') {
    return { kind: 'text', status: 405, text: 'Method not allowed\n', headers: { Allow: 'GET, HEAD' } };
  }
  const url = new URL(requestUrl ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'text', status: 400, text: 'Bad request\n' };
  }
  // The base without its trailing slash is the site's root too (`/course` -> `/course/`).
  if (base !== '/' && pathname === base.slice(0, -1)) return redirect(base + url.search);
  if (!pathname.startsWith(base) || pathname.includes('\0')) return notFound(root);
  const target = resolve(root, pathname.slice(base.length));
  // Refuse anything that resolves outside root (`..` segments, encoded or not).
  if (target !== root && !target.startsWith(root + sep)) return notFound(root);
  return isDirectory(target) ? directoryAnswer(root, target, url, pathname) : fileAnswer(root, target);
}
