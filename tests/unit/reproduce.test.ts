import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

async function reproduce(...args: string[]) {
  const { stdout } = await run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/reproduce.ts', ...args], {
    cwd: root,
    maxBuffer: 64 << 20,
  });
  return stdout;
}

describe('scripts/reproduce.ts', () => {
  it('prints one JSON object with the lesson and this run side by side, the same twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reproduce-'));
    try {
      const [first, second] = await Promise.all([reproduce('--json', '--data', dir), reproduce('--json')]);
      const a = JSON.parse(first);
      const b = JSON.parse(second);
      expect(first.trim().split('\n')).toHaveLength(1);
      expect(a.experiments.map((e: { id: string }) => e.id)).toEqual(['blobs4', 'blobs2', 'regression']);
      const strip = (o: { experiments: Record<string, unknown>[] }) => o.experiments.map(({ seconds, ...rest }) => (expect(seconds).toBeGreaterThan(0), rest));
      expect(strip(a)).toEqual(strip(b));
      const [blobs4, blobs2, regression] = a.experiments;
      expect(blobs4.lesson.accuracy).toBe(0.9225);
      expect(blobs4.result.accuracy).toBeGreaterThanOrEqual(0.9225);
      expect(blobs2.result.loss).toBeLessThanOrEqual(0.0514);
      expect(regression.result.loss).toBeLessThanOrEqual(0.0117);
      expect(blobs4.weights.kernel).toHaveLength(2);

      const file = JSON.parse(readFileSync(join(dir, 'blobs4.json'), 'utf8'));
      expect(file.X_train).toHaveLength(3200);
      expect(file.X_train[0]).toEqual([-10.628545640526491, -6.535223168962758]);
      expect(file.y_train.slice(0, 3)).toEqual([1, 3, 3]);
      expect(file.y_pred).toHaveLength(800);
      const right = file.y_pred.filter((c: number, i: number) => c === file.y_test[i]).length;
      expect(right / 800).toBe(blobs4.result.accuracy);
      const reg = JSON.parse(readFileSync(join(dir, 'regression.json'), 'utf8'));
      expect(reg.X_test).toHaveLength(200);
      expect(typeof reg.X_test[0]).toBe('number');
      expect(typeof reg.y_pred[0]).toBe('number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints a table with the lesson figure beside this run', async () => {
    const out = await reproduce();
    expect(out).toMatch(/experiment\s+metric\s+lesson\s+this run\s+seconds/);
    expect(out).toMatch(/blobs4\s+test loss\s+0\.1815/);
    expect(out).toMatch(/regression\s+test loss\s+0\.0117/);
  });
});
