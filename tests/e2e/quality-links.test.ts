/**
 * The link check (scripts/linkcheck.ts) over the build under test, and over a second build made
 * for the sub-path `/course/` (shared with the nginx test): a base path is where a hand-written `/lesson/...` link or a
 * missing `import.meta.env.BASE_URL` breaks, and the default build cannot show it.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkLinks, formatReport } from '../../scripts/linkcheck';
import { COURSE_BASE, COURSE_SITE, courseBuild } from './support/courseBuild';

const SUB_PATH = COURSE_BASE;
// Astro's own default when SITE is unset; the canonical links of the build use it.
const SITE = process.env.SITE ?? 'http://localhost:4321';

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

  // The build is shared with the nginx test (tests/e2e/support/courseBuild.ts), made once per run.
  beforeAll(async () => {
    const build = await courseBuild();
    outDir = build.dir;
    console.log(`build with BASE=${SUB_PATH}: ${build.seconds > 0 ? `${build.seconds.toFixed(1)} s` : 'made by an earlier file of this run'}`);
  }, 300_000);

  it('has no broken internal link or fragment, and no link outside the sub-path', () => {
    const report = checkLinks(outDir, { base: SUB_PATH, site: COURSE_SITE });
    console.log(`link check, ${SUB_PATH}: ${formatReport(report)}`);
    expect(report.pages).toBeGreaterThan(1);
    expect(report.internal).toBeGreaterThan(report.pages);
    expect(report.broken).toEqual([]);
  });

  it('is really a sub-path build: the same links fail when read as a root build', () => {
    const report = checkLinks(outDir, { base: '/', site: COURSE_SITE });
    expect(report.broken.length).toBeGreaterThan(0);
  });
});
