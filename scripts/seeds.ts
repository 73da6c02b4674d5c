/**
 * Trains one experiment once per seed and writes the test figures of every run to
 * src/lib/seeds/<id>.json, which the experiment's page summarises (min, median, max).
 * A unit test retrains some of the seeds and checks them against the file.
 *
 *   npm run seeds                      every pinned file again, with its own seed count
 *   npm run seeds -- <id> 20           one experiment, seeds 0-19
 */
import '@tensorflow/tfjs-backend-cpu';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { experimentById, isExperimentId } from '../src/lib/experiments/registry';
import { seedResult, type SeedResult } from '../src/lib/seeds/seedResult';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'lib', 'seeds');
const [idArg, countText = '30'] = process.argv.slice(2);
const jobs: { id: string; count: number }[] = idArg
  ? [{ id: idArg, count: Number(countText) }]
  : readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const pinned = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { experiment: string; results: unknown[] };
        return { id: pinned.experiment, count: pinned.results.length };
      });

for (const { id, count } of jobs) {
  if (!isExperimentId(id)) throw new Error(`unknown experiment ${id}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`the seed count must be a whole number >= 1; got ${count}`);
  const config = experimentById(id);
  const results: SeedResult[] = [];
  for (let seed = 0; seed < count; seed++) {
    results.push(await seedResult(config, seed));
    process.stderr.write(`${id} seed ${seed}: test loss ${results[seed].loss.toFixed(5)}, accuracy ${results[seed].accuracy}\n`);
  }
  const file = join(dir, `${id}.json`);
  writeFileSync(file, `${JSON.stringify({ experiment: id, results }, null, 2)}\n`);
  process.stdout.write(`wrote ${file}\n`);
}
