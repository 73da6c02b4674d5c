import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYSTEM_PACKAGES_INSTALL } from '../../tools/findExecutable';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');

describe('the system packages the tests need', () => {
  it('are the ones on the README’s single apt-get line', () => {
    const lines = readme.match(/apt-get install -y [a-z0-9 .+-]+/g) ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]?.trim()).toBe(SYSTEM_PACKAGES_INSTALL);
  });

  it('name Chromium, nginx, scikit-learn and nbformat', () => {
    for (const pkg of ['chromium', 'nginx-light', 'python3-sklearn', 'python3-nbformat']) {
      expect(SYSTEM_PACKAGES_INSTALL.split(' ')).toContain(pkg);
    }
  });

  it('are what CI installs: it reads them from the README', () => {
    expect(ci).toMatch(/grep -oE 'apt-get install -y \[a-z0-9 \.\+-\]\+' README\.md/);
    expect(ci).toMatch(/apt-get install -y "\$\{missing\[@\]\}"/);
  });
});
