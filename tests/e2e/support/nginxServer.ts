/**
 * Runs Debian's nginx, unprivileged and in a temporary directory, with the server block of
 * deploy/nginx.conf: the block is included as it is written except for three things the test
 * must change (the port, the server name and the folder of the build), and each of those is an
 * exact replacement that fails when the file no longer contains the text it replaces.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { findExecutable, SYSTEM_PACKAGES_INSTALL } from '../../../tools/findExecutable';
import { NGINX_CONFIG_PATH } from './nginxConfig';

export const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export const NGINX_INSTALL_HINT =
  'The self-hosting test runs a real nginx. On Debian/Ubuntu install the test packages with ' +
  `\`${SYSTEM_PACKAGES_INSTALL}\` (as root), or point NGINX_PATH at an nginx executable.`;

/** Where the guide's file puts the build, and the address it answers to. */
export const DEPLOYED_ROOT = '/var/www/course/';
const DEPLOYED_LISTEN = '    listen 80;\n    listen [::]:80;\n';
const DEPLOYED_SERVER_NAME = '    server_name course.example.org;\n';


/** The nginx executable; throws (never returns nothing) so a missing nginx fails the run. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string {
  return findExecutable({ name: 'nginx', envVar: 'NGINX_PATH', candidates: NGINX_CANDIDATES, installHint: NGINX_INSTALL_HINT }, env);
}

/** Replaces `from` with `to`, and throws unless `from` occurs exactly `count` times. */
export function replaceExactly(text: string, from: string, to: string, count: number, what: string): string {
  const found = text.split(from).length - 1;
  if (found !== count) {
    throw new Error(
      `deploy/nginx.conf changed: the test replaces ${what} and expects ${JSON.stringify(from)} ` +
        `${count} time(s), but found it ${found} time(s). Update tests/e2e/support/nginxServer.ts with the file.`,
    );
  }
  return text.split(from).join(to);
}

/** The `server { ... }` block of the file, from its opening line to the closing brace at column 0. */
export function serverBlock(config: string): string {
  const match = /^server \{\n[\s\S]*?^\}\n?/m.exec(config);
  if (!match) throw new Error('deploy/nginx.conf changed: no `server {` block starting at column 0 was found.');
  return match[0];
}

/** The guide's server block, answering on 127.0.0.1:port and serving the build in `root`. */
export function localServerBlock(config: string, options: { port: number; root: string }): string {
  const root = options.root.endsWith('/') ? options.root : `${options.root}/`;
  if (/[\s;"'{}$]/.test(root)) throw new Error(`The build folder ${root} cannot be written into an nginx config unquoted.`);
  let block = serverBlock(config);
  block = replaceExactly(block, DEPLOYED_LISTEN, `    listen 127.0.0.1:${options.port};\n`, 1, 'the listen lines');
  block = replaceExactly(block, DEPLOYED_SERVER_NAME, '    server_name 127.0.0.1;\n', 1, 'the server name');
  // One `alias` for the pages and one for the hashed assets.
  block = replaceExactly(block, ` ${DEPLOYED_ROOT}`, ` ${root}`, 2, 'the folder of the build');
  if (block.includes('/var/www')) throw new Error('deploy/nginx.conf changed: a path under /var/www is left after the replacements.');
  return block;
}

/** Modules Debian's smaller packages leave out, whose temp-path directives nginx would then refuse. */
function builtWithout(nginx: string): Set<string> {
  const result = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const flags = `${result.stdout}${result.stderr}`;
  return new Set([...flags.matchAll(/--without-http_(\w+)_module/g)].map((m) => m[1]));
}

/** A main config that runs nginx as this user with every path inside `prefix`. */
export function mainConfig(options: { prefix: string; serverConf: string; without: Set<string> }): string {
  const { prefix } = options;
  const temp = ['proxy', 'fastcgi', 'uwsgi', 'scgi']
    .filter((module) => !options.without.has(module))
    .map((module) => `    ${module}_temp_path ${prefix}/${module}_temp;`);
  // As root the workers would switch to `nobody`, which cannot read a private temp folder.
  const user = process.getuid?.() === 0 ? [`user ${userInfo().username};`] : [];
  return [
    ...user,
    'daemon off;',
    'master_process on;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    `    access_log ${prefix}/access.log;`,
    `    client_body_temp_path ${prefix}/client_body_temp;`,
    ...temp,
    '    sendfile on;',
    `    include ${options.serverConf};`,
    '}',
    '',
  ].join('\n');
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const probe = createServer();
    probe.once('error', rejectPort);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface NginxServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  prefix: string;
  /** The server block nginx runs, as included. */
  serverConf: string;
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

async function waitUntilAnswering(origin: string, child: ChildProcess, prefix: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const log = await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '');
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}) before answering:\n${log}`);
    }
    try {
      await fetch(`${origin}/`, { redirect: 'manual' });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not answer on ${origin} within 10 s: ${String(lastError)}`);
}

/**
 * Starts nginx in the foreground on a free loopback port, serving the build in `root` with the
 * server block of `config` (deploy/nginx.conf unless given).
 */
export async function startNginx(options: { root: string; nginx?: string; config?: string }): Promise<NginxServer> {
  const nginx = options.nginx ?? findNginx();
  const prefix = await mkdtemp(join(tmpdir(), 'course-nginx-'));
  const deployed = options.config ?? readFileSync(NGINX_CONFIG_PATH, 'utf8');
  const without = builtWithout(nginx);
  const confPath = join(prefix, 'nginx.conf');
  const serverConfPath = join(prefix, 'course.conf');
  await writeFile(confPath, mainConfig({ prefix, serverConf: serverConfPath, without }));

  // A port found free can be taken before nginx binds it; a second port settles that.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const serverConf = localServerBlock(deployed, { port, root: options.root });
    await writeFile(serverConfPath, serverConf);
    const check = spawnSync(nginx, ['-t', '-q', '-c', confPath, '-p', `${prefix}/`, '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
    if (check.status !== 0) {
      throw new Error(`nginx -t refused the generated config (${confPath}):\n${check.stderr}${check.stdout}`);
    }
    const child = spawn(nginx, ['-c', confPath, '-p', `${prefix}/`, '-e', join(prefix, 'error.log')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
    const origin = `http://127.0.0.1:${port}`;
    const stop = async (): Promise<void> => {
      if (child.exitCode === null && child.signalCode === null) {
        // QUIT: finish the open requests, then exit; TERM if that takes too long.
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGTERM'), 3_000);
        await exited;
        clearTimeout(timer);
      }
    };
    try {
      await waitUntilAnswering(origin, child, prefix);
    } catch (error) {
      await stop();
      if (attempt < 2 && /Address already in use/.test(`${stderr}${String(error)}`)) continue;
      await rm(prefix, { recursive: true, force: true });
      throw error;
    }
    return {
      origin,
      prefix,
      serverConf,
      errorLog: () => readFile(join(prefix, 'error.log'), 'utf8').catch(() => ''),
      stop: async () => {
        await stop();
        await rm(prefix, { recursive: true, force: true });
      },
    };
  }
}
