/** The site bench's figures as the aligned tables `npm run bench` prints. */
import { heapGrowthPerCycle } from './heapGrowthPerCycle';
import { TRAINER_PAGES, type LongTasks, type MemorySnapshot, type SiteBenchResult, type SiteMemoryResult } from './siteBench';
import { SETTLE_MS, TYPED_VALUE } from './siteTyping';

function table(header: string[], rows: string[][], leftColumns: number): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '-');
const mib = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? (v / 2 ** 20).toFixed(2) : '-');
const tasks = (t: LongTasks) => (t.count === 0 ? '0' : `${t.count} (max ${t.longestMs.toFixed(0)} ms)`);

/**
 * `bareTrain` holds each experiment's bare train() time in the same run (Chromium, cpu), so the
 * site's click-to-results time can be read as a ratio to it: what the page adds to the loop.
 */
export function formatSiteReport(r: SiteBenchResult, bareTrain: ReadonlyMap<string, number> = new Map()): string {
  const lines: string[] = [`Built site (${r.dir}) in ${r.chromium}: click on Train to results on screen`, ''];
  const runs = Math.max(0, ...r.pages.map((p) => p.nextMs.length));
  lines.push(
    ...table(
      ['page', 'CPU', 'first run ms', `next runs ms (median of ${runs})`, 'bare train() ms', 'site / train()', 'worker loop ms first / next', 'long tasks first run', `long tasks next ${runs} runs`, 'long tasks typing', 'load avg'],
      r.pages.map((p) => {
        const bare = p.rate === 1 ? bareTrain.get(p.experiment) : undefined;
        return [
          `/${p.path}`,
          `${p.rate}x`,
          ms(p.firstMs),
          ms(p.nextMedianMs),
          bare === undefined ? '-' : ms(bare),
          bare === undefined || !Number.isFinite(p.nextMedianMs) ? '-' : `${(p.nextMedianMs / bare).toFixed(2)}x`,
          `${ms(p.firstLoopMs)} / ${ms(p.nextLoopMedianMs)}`,
          tasks(p.firstLongTasks),
          tasks(p.nextLongTasks),
          p.typing ? tasks(p.typing.longTasks) : '-',
          p.load.toFixed(1),
        ];
      }),
      2,
    ),
  );
  const backends = [...new Set(r.pages.map((p) => p.backend))].join('; ');
  lines.push(`Backend: ${backends}. Long tasks: PerformanceObserver 'longtask' (>= 50 ms wall clock) overlapping a run; target 0.`);
  lines.push(`CPU 4x: DevTools' Emulation.setCPUThrottlingRate from before the page loads. Typing: ${TYPED_VALUE} typed one key at a time into the data's size field, counted until ${SETTLE_MS / 1000} s pass without a long task.`);
  lines.push("bare train(): the same experiment's train() in Chromium on the cpu backend, earlier in this run (no page, no figures).");
  for (const p of r.pages) if (p.error) lines.push(`Failed on /${p.path} at ${p.rate}x: ${p.error}`);
  if (r.memory) lines.push('', ...memoryLines(r.memory));
  return lines.join('\n');
}

const kib = (v: number) => (v / 1024).toFixed(1);
const signed = (v: number, f: (v: number) => string) => `${v >= 0 ? '+' : ''}${f(v)}`;

/**
 * The memory pass as a table: each measure after the first, the middle and the last cycle,
 * its growth, and its growth a cycle over the second half (median step / least-squares slope,
 * from a snapshot after every cycle of it).
 */
function memoryLines(m: SiteMemoryResult): string[] {
  const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);
  const row = (label: string, pick: (s: MemorySnapshot) => number | undefined, f: (v: number) => string, perCycle: (v: number) => string): string[] => {
    const [a, h, n] = [m.after1, m.afterHalf, m.afterN].map(pick);
    const show = (v: number | undefined) => (finite(v) ? f(v) : '-');
    const growth = (from: number | undefined, to: number | undefined) => (finite(from) && finite(to) ? signed(to - from, f) : '-');
    const series = m.series.map(pick);
    const g = series.length >= 2 && series.every(finite) ? heapGrowthPerCycle(series) : undefined;
    return [label, show(a), show(h), show(n), growth(a, n), growth(h, n), g ? `${signed(g.medianStep, perCycle)} / ${signed(g.slope, perCycle)}` : '-'];
  };
  const rows: string[][] = [
    row('numTensors (worker, tf.memory())', (s) => s.numTensors, String, (v) => v.toFixed(1)),
    row('tensor bytes (worker)', (s) => s.tensorBytes, String, (v) => v.toFixed(0)),
    row('page JS heap used, MiB (after GC)', (s) => s.pageHeapBytes, mib, kib),
  ];
  if (m.after1.workerHeapBytes !== undefined || m.afterN.workerHeapBytes !== undefined) {
    rows.push(row('worker JS heap used, MiB (after GC)', (s) => s.workerHeapBytes, mib, kib));
  }
  const span = `${m.half}-${m.cycles}`;
  const header = ['measure', 'after cycle 1', `after cycle ${m.half}`, `after cycle ${m.cycles}`, `growth 1-${m.cycles}`, `growth ${span}`, `a cycle ${span}: median / slope`];
  return [
    `/${TRAINER_PAGES[0].path}: ${m.cycles} Train/Reset cycles`,
    '',
    ...table(header, rows, 1),
    `A cycle: the heaps' growth in KiB (numTensors, tensor bytes in their units) from a snapshot after every cycle ${span}: the median of the cycle-to-cycle steps (a one-off jump left out) and the least-squares slope.`,
    ...(m.error ? [`Failed: ${m.error}`] : []),
  ];
}
