/**
 * A gzip front for a static server, compressing the way deploy/nginx.conf does: the text types
 * of its `gzip_types`, from 1 KiB up, at level 6. The audit puts Lighthouse behind it, and the
 * JavaScript budget test counts the bytes it sends, so both measure the site as it is deployed
 * rather than as uncompressed files.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

// What deploy/nginx.conf compresses (gzip_types), by the static server's Content-Type.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|wasm|manifest\+json)|image\/svg\+xml|font\/ttf)/;
const GZIP_MIN_LENGTH = 1024;

export interface GzipFront {
  /** e.g. `http://127.0.0.1:41235`; paths are passed to the upstream unchanged. */
  origin: string;
  close(): Promise<void>;
}

export async function startGzipFront(upstream: string): Promise<GzipFront> {
  const target = new URL(upstream);
  const server: Server = createServer((req, res) => {
    const forward = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        const length = Number(answer.headers['content-length'] ?? 0);
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(type) && length >= GZIP_MIN_LENGTH;
        const headers = { ...answer.headers, vary: 'Accept-Encoding' };
        if (gzip) {
          delete headers['content-length'];
          res.writeHead(answer.statusCode ?? 502, { ...headers, 'content-encoding': 'gzip' });
          answer.pipe(createGzip({ level: 6 })).pipe(res);
        } else {
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res);
        }
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
