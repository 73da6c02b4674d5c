/**
 * The link check (scripts/linkcheck.ts) over the build under test, and over a second build made
 * here for the sub-path `/course/`: a base path is where a hand-written `/lesson/...` link or a
 * missing `import.meta.env.BASE_URL` breaks, and the default build cannot show it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkLinks, formatReport } from '../../scripts/linkcheck';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUB_PATH = '/course/';
// Astro's own default when SITE is unset; the canonical links of the build use it.
const SITE = process.env.SITE ?? 'http://localhost:4321';

// Vitest puts Vite's import.meta.env into process.env (BASE_URL=/, MODE=test, DEV=1, ...); an
// astro build that inherits them ignores BASE and writes every link at the root.
const TEST_RUNNER_ENV = ['TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

function buildEnv(base: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BASE: base };
  for (const name of TEST_RUNNER_ENV) delete env[name];
  return env;
}

function build(outDir: string, base: string): Promise<void> {
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: PROJECT_ROOT,
      env: buildEnv(base),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', rejectBuild);
    child.on('close', (code) =>
      code === 0 ? resolveBuild() : rejectBuild(new Error(`astro build (BASE=${base}) exited ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

describe('the build under test', () => {
  it('has no broken internal link or fragment', () => {
    const report = checkLinks(inject('distDir'), { base: new URL(inject('baseUrl')).pathname, site: SITE });
    console.log(`link check, ${new URL(inject('baseUrl')).pathname}: ${formatReport(report)}`);
    expect(report.pages).toBeGreaterThan(1);
    expect(report.internal).toBeGreaterThan(report.pages);
    expect(report.anchors).toBeGreaterThan(0);
    expect(report.broken).toEqual([]);
  });
});

describe(`a build for the sub-path ${SUB_PATH}`, () => {
  let outDir: string;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'linkcheck-course-'));
    const started = performance.now();
    await build(outDir, SUB_PATH);
    console.log(`build with BASE=${SUB_PATH}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('has no broken internal link or fragment, and no link outside the sub-path', () => {
    const report = checkLinks(outDir, { base: SUB_PATH, site: SITE });
    console.log(`link check, ${SUB_PATH}: ${formatReport(report)}`);
    expect(report.pages).toBeGreaterThan(1);
    expect(report.internal).toBeGreaterThan(report.pages);
    expect(report.broken).toEqual([]);
  });

  it('is really a sub-path build: the same links fail when read as a root build', () => {
    const report = checkLinks(outDir, { base: '/', site: SITE });
    expect(report.broken.length).toBeGreaterThan(0);
  });
});
