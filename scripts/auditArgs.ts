/**
 * The options of `npm run audit` (scripts/audit.ts) read from its arguments: the build to
 * audit (the first argument that is neither a flag nor a flag's value, `dist` when there is
 * none), `--runs N`, `--json DIR`, and the two settings that loosen a limit for one run,
 * `--min-performance N` and `--max-tbt MS`, which are refused with a message when they are not
 * numbers of the kind they need.
 */
import { resolve } from 'node:path';
import { MEASURE_LIMITS, type Measure } from './auditMeasures';
import { THRESHOLDS, type Category } from './auditScores';

export interface AuditArgs {
  /** The build to audit, as an absolute path. */
  distDir: string;
  /** How many times each page is audited (the median is kept); 1 or more. */
  runs: number;
  /** Where each page's Lighthouse result is written as JSON, if anywhere. */
  jsonDir: string | undefined;
  thresholds: Record<Category, number>;
  limits: Record<Measure, number>;
}

function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export function parseAuditArgs(args: string[]): AuditArgs | { error: string } {
  const distDir = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');
  const runs = Math.max(1, Number(argValue(args, '--runs') ?? 1) | 0);
  const jsonDir = argValue(args, '--json');
  const minPerformance = argValue(args, '--min-performance');
  const thresholds = { ...THRESHOLDS };
  if (minPerformance !== undefined) {
    const n = Number(minPerformance);
    if (!Number.isInteger(n) || n < 0 || n > 100) {
      return { error: `--min-performance takes a whole number from 0 to 100; got "${minPerformance}".` };
    }
    thresholds.performance = n;
  }
  const limits = { ...MEASURE_LIMITS };
  const maxTbt = argValue(args, '--max-tbt');
  if (maxTbt !== undefined) {
    const n = Number(maxTbt);
    if (!Number.isFinite(n) || n < 0) return { error: `--max-tbt takes a number of milliseconds, 0 or more; got "${maxTbt}".` };
    limits.tbtMs = n;
  }
  return { distDir, runs, jsonDir, thresholds, limits };
}
