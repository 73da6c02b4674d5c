import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './lessonPages';

export interface ProgramRun {
  code: number;
  /** Standard output, one entry per line. */
  lines: string[];
  stderr: string;
}

const TSX_CLI = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');

/**
 * Writes a program to scripts/.sample-check-<name>.ts (gitignored), where its `../src/lib`
 * imports resolve as in a reader's copy, and runs it with tsx from the repository root. The file
 * is removed when the program succeeds.
 */
export function runTsProgram(name: string, program: string, timeoutMs = 50_000): Promise<ProgramRun> {
  const file = join(REPO_ROOT, 'scripts', `.sample-check-${name}.ts`);
  writeFileSync(file, program);
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX_CLI, file], { cwd: REPO_ROOT, timeout: timeoutMs, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        // A failing program stays, to be run by hand: npx tsx scripts/.sample-check-<name>.ts
        if (code === 0) rmSync(file, { force: true });
        resolve({ code, lines: stdout.split('\n'), stderr });
      });
  });
}

/** Runs tasks at most `limit` at a time (the machines have 2 cores), in order of the list. */
export async function inBatches<T>(tasks: (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
