/** The site bench's figures as the aligned tables `npm run bench` prints. */
import { TRAINER_PAGES, type LongTasks, type MemorySnapshot, type SiteBenchResult } from './siteBench';

function table(header: string[], rows: string[][], leftColumns: number): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '-');
const mib = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? (v / 2 ** 20).toFixed(2) : '-');
const tasks = (t: LongTasks) => (t.count === 0 ? '0' : `${t.count} (max ${t.longestMs.toFixed(0)} ms)`);

export function formatSiteReport(r: SiteBenchResult): string {
  const lines: string[] = [`Built site (${r.dir}) in ${r.chromium}: click on Train to results on screen`, ''];
  const runs = Math.max(0, ...r.pages.map((p) => p.nextMs.length));
  lines.push(
    ...table(
      ['page', 'experiment', 'first run ms', `next runs ms (median of ${runs})`, 'first / next', 'worker loop ms first / next', 'long tasks first run', `long tasks next ${runs} runs`, 'load avg'],
      r.pages.map((p) => [
        `/${p.path}`,
        p.experiment,
        ms(p.firstMs),
        ms(p.nextMedianMs),
        Number.isFinite(p.firstMs / p.nextMedianMs) ? `${(p.firstMs / p.nextMedianMs).toFixed(1)}x` : '-',
        `${ms(p.firstLoopMs)} / ${ms(p.nextLoopMedianMs)}`,
        tasks(p.firstLongTasks),
        tasks(p.nextLongTasks),
        p.load.toFixed(1),
      ]),
      2,
    ),
  );
  const backends = [...new Set(r.pages.map((p) => p.backend))].join('; ');
  lines.push(`Backend: ${backends}. Long tasks: PerformanceObserver 'longtask' (>= 50 ms wall clock) overlapping a run; target 0.`);
  for (const p of r.pages) if (p.error) lines.push(`Failed on /${p.path}: ${p.error}`);
  const m = r.memory;
  if (m) {
    lines.push('', `/${TRAINER_PAGES[0].path}: ${m.cycles} Train/Reset cycles`, '');
    const growth = (a: number | undefined, b: number | undefined, f: (v: number) => string) =>
      a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) ? `${b - a >= 0 ? '+' : ''}${f(b - a)}` : '-';
    const row = (label: string, pick: (s: MemorySnapshot) => number | undefined, f: (v: number) => string): string[] => {
      const [a, h, n] = [m.after1, m.afterHalf, m.afterN].map(pick);
      const show = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? f(v) : '-');
      return [label, show(a), show(h), show(n), growth(a, n, f), growth(h, n, f)];
    };
    const rows: string[][] = [
      row('numTensors (worker, tf.memory())', (s) => s.numTensors, String),
      row('tensor bytes (worker)', (s) => s.tensorBytes, String),
      row('page JS heap used, MiB (after GC)', (s) => s.pageHeapBytes, (v) => mib(v)),
    ];
    if (m.after1.workerHeapBytes !== undefined || m.afterN.workerHeapBytes !== undefined) {
      rows.push(row('worker JS heap used, MiB (after GC)', (s) => s.workerHeapBytes, (v) => mib(v)));
    }
    const header = ['measure', 'after cycle 1', `after cycle ${m.half}`, `after cycle ${m.cycles}`, `growth 1-${m.cycles}`, `growth ${m.half}-${m.cycles}`];
    lines.push(...table(header, rows, 1));
    if (m.error) lines.push(`Failed: ${m.error}`);
  }
  return lines.join('\n');
}
