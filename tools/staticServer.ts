/**
 * A small static file server for the built site, so the browser tests depend on nothing but
 * Node: it serves `root` under a base path (`/` or a sub-path such as `/course/`), maps a
 * directory to its `index.html`, answers misses with the site's own 404 page, and can add
 * response headers (a Content-Security-Policy, for instance) to every answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { normalizeBase } from './normalizeBase';

export interface StaticServerOptions {
  /** Directory to serve, usually the built `dist/`. */
  root: string;
  /** Path the site lives under; leading and trailing slashes are added when missing. */
  base?: string;
  host?: string;
  /** 0 lets the system choose a free port. */
  port?: number;
  /** Headers added to every response. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Origin plus base path, always ending in `/`. */
  url: string;
  base: string;
  close(): Promise<void>;
}

// Pagefind's index files and wasm are fetched as bytes, so octet-stream is the honest type.
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  if (!isDirectory(root)) {
    throw new Error(`Static server: ${root} is not a directory. Build the site first (npm run build).`);
  }
  const base = normalizeBase(options.base);
  const host = options.host ?? '127.0.0.1';
  const extraHeaders = options.headers ?? {};

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    file: string | null,
    fallbackBody = '',
  ): void => {
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    if (file === null) {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : fallbackBody);
      return;
    }
    const size = statSync(file).size;
    res.writeHead(status, {
      'Content-Type': mimeTypeFor(file),
      'Content-Length': String(size),
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse): void => {
    const page404 = join(root, '404.html');
    send(req, res, 404, isFile(page404) ? page404 : null, 'Not found\n');
  };

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(req, res, 405, null, 'Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(req, res, 400, null, 'Bad request\n');
      return;
    }
    // The base without its trailing slash is the site's root too (`/course` -> `/course/`).
    if (base !== '/' && pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base + url.search });
      res.end();
      return;
    }
    if (!pathname.startsWith(base) || pathname.includes('\0')) {
      notFound(req, res);
      return;
    }
    const relative = pathname.slice(base.length);
    const target = resolve(root, relative);
    // Refuse anything that resolves outside root (`..` segments, encoded or not).
    if (target !== root && !target.startsWith(root + sep)) {
      notFound(req, res);
      return;
    }
    if (isDirectory(target)) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const index = join(target, 'index.html');
      if (isFile(index)) send(req, res, 200, index);
      else notFound(req, res);
      return;
    }
    if (isFile(target)) {
      send(req, res, 200, target);
      return;
    }
    // Astro's `build.format: 'file'` writes `page.html` for `/page`.
    if (isFile(`${target}.html`)) {
      send(req, res, 200, `${target}.html`);
      return;
    }
    notFound(req, res);
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  return {
    origin,
    url: origin + base,
    base,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.closeAllConnections();
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
      }),
  };
}
