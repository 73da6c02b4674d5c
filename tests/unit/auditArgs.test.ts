import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAuditArgs } from '../../scripts/auditArgs';
import { MEASURE_LIMITS } from '../../scripts/auditMeasures';
import { THRESHOLDS } from '../../scripts/auditScores';

describe('parseAuditArgs', () => {
  it('audits dist/ once with the standing thresholds and limits when given nothing', () => {
    expect(parseAuditArgs([])).toEqual({
      distDir: resolve('dist'),
      runs: 1,
      jsonDir: undefined,
      thresholds: THRESHOLDS,
      limits: MEASURE_LIMITS,
    });
  });

  it('takes the build as the first argument that is no flag and no flag value', () => {
    expect(parseAuditArgs(['--runs', '3', '/tmp/site'])).toMatchObject({ distDir: '/tmp/site', runs: 3 });
    expect(parseAuditArgs(['--json', 'out', 'build'])).toMatchObject({ distDir: resolve('build'), jsonDir: 'out' });
  });

  it.each([
    ['0', 1],
    ['-2', 1],
    ['2.7', 2],
    ['many', 1],
  ])('--runs %s audits %i time(s)', (value, runs) => {
    expect(parseAuditArgs(['--runs', value])).toMatchObject({ runs });
  });

  it('lowers the performance threshold alone, leaving the standing ones unchanged', () => {
    const parsed = parseAuditArgs(['--min-performance', '80']);
    expect(parsed).toMatchObject({ thresholds: { ...THRESHOLDS, performance: 80 } });
    expect(THRESHOLDS.performance).toBe(95);
  });

  it('raises the total blocking time limit alone', () => {
    expect(parseAuditArgs(['--max-tbt', '450.5'])).toMatchObject({ limits: { ...MEASURE_LIMITS, tbtMs: 450.5 } });
    expect(MEASURE_LIMITS.tbtMs).toBe(200);
  });

  it.each([['101'], ['-1'], ['9.5'], ['high']])('refuses --min-performance %s', (value) => {
    expect(parseAuditArgs(['--min-performance', value])).toEqual({
      error: `--min-performance takes a whole number from 0 to 100; got "${value}".`,
    });
  });

  it.each([['-5'], ['soon'], ['Infinity']])('refuses --max-tbt %s', (value) => {
    expect(parseAuditArgs(['--max-tbt', value])).toEqual({
      error: `--max-tbt takes a number of milliseconds, 0 or more; got "${value}".`,
    });
  });

  it('names the performance setting first when both are wrong', () => {
    expect(parseAuditArgs(['--max-tbt', 'x', '--min-performance', 'y'])).toEqual({
      error: '--min-performance takes a whole number from 0 to 100; got "y".',
    });
  });
});
