/**
 * A small static file server for the built site, so the browser tests depend on nothing but
 * Node: it serves `root` under a base path (`/` or a sub-path such as `/course/`), maps a
 * directory to its `index.html`, answers misses with the site's own 404 page, and can add
 * response headers (a Content-Security-Policy, for instance) to every answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { isDirectory } from './fileKinds';
import { normalizeBase } from './normalizeBase';
import { staticAnswer, type StaticAnswer } from './staticAnswer';

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

function sendFile(req: IncomingMessage, res: ServerResponse, status: number, file: string): void {
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
}

/** Writes `answer` to `res` with the configured headers (a redirect has its Location alone). */
function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: StaticAnswer, extraHeaders: Record<string, string>): void {
  if (answer.kind === 'redirect') {
    res.writeHead(answer.status, { Location: answer.location });
    res.end();
    return;
  }
  const ownHeaders = answer.kind === 'text' ? answer.headers : undefined;
  for (const [name, value] of Object.entries({ ...ownHeaders, ...extraHeaders })) res.setHeader(name, value);
  if (answer.kind === 'file') {
    sendFile(req, res, answer.status, answer.file);
    return;
  }
  res.writeHead(answer.status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(req.method === 'HEAD' ? undefined : answer.text);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolveClose, rejectClose) => {
    server.closeAllConnections();
    server.close((error) => (error ? rejectClose(error) : resolveClose()));
  });
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  if (!isDirectory(root)) {
    throw new Error(`Static server: ${root} is not a directory. Build the site first (npm run build).`);
  }
  const base = normalizeBase(options.base);
  const host = options.host ?? '127.0.0.1';
  const extraHeaders = options.headers ?? {};
  const server = createServer((req, res) => {
    sendAnswer(req, res, staticAnswer(root, base, req.method, req.url), extraHeaders);
  });
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return { origin, url: origin + base, base, close: () => closeServer(server) };
}
