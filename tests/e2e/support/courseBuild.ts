/**
 * The site built for the sub-path `/course/`, made once per Vitest run and shared by the test
 * files that need it (the link check and the nginx test): an astro build takes about 20 s, and
 * each test file runs in a process of its own, so the build is kept on disk, under a directory
 * named after the Vitest process that runs the files. A later run removes the builds of runs
 * that have ended.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

export const COURSE_BASE = '/course/';
/** The origin the sub-path build is made for; it goes into canonical links and the sitemap. */
export const COURSE_SITE = 'http://127.0.0.1';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUILD_PREFIX = 'course-subpath-build-';
const COMPLETE_MARKER = '.build-complete';

// Vitest puts Vite's import.meta.env into process.env (BASE_URL=/, MODE=test, DEV=1, ...); an
// astro build that inherits them ignores BASE and writes every link at the root.
const TEST_RUNNER_ENV = ['TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function buildEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...overrides };
  for (const name of TEST_RUNNER_ENV) delete env[name];
  return env;
}

/** `astro build --outDir outDir` with the given BASE and SITE; rejects with the build's output. */
export function buildSite(outDir: string, options: { base: string; site: string }): Promise<void> {
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: PROJECT_ROOT,
      env: buildEnv({ BASE: options.base, SITE: options.site }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', rejectBuild);
    child.on('close', (code) =>
      code === 0
        ? resolveBuild()
        : rejectBuild(new Error(`astro build (BASE=${options.base}) exited ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** The Vitest process: the parent of a forked test process, or this process for worker threads. */
function runnerPid(): number {
  return isMainThread ? process.ppid : process.pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function removeBuildsOfEndedRuns(): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    if (!name.startsWith(BUILD_PREFIX)) continue;
    const pid = Number(name.slice(BUILD_PREFIX.length));
    if (Number.isInteger(pid) && pid !== runnerPid() && !isAlive(pid)) {
      await rm(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

export interface CourseBuild {
  dir: string;
  /** Seconds this call spent building; 0 when an earlier test file of the run built it. */
  seconds: number;
}

/**
 * The `/course/` build of this run, made by the first caller. Test files run one after another
 * (fileParallelism is off), so two callers never build at the same time.
 */
export async function courseBuild(): Promise<CourseBuild> {
  const dir = join(tmpdir(), `${BUILD_PREFIX}${runnerPid()}`);
  if (existsSync(join(dir, COMPLETE_MARKER))) return { dir, seconds: 0 };
  await removeBuildsOfEndedRuns();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  await buildSite(dir, { base: COURSE_BASE, site: COURSE_SITE });
  await writeFile(join(dir, COMPLETE_MARKER), '');
  return { dir, seconds: (performance.now() - started) / 1000 };
}
