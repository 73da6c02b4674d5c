/**
 * Runs the lesson's three experiments in Node with the project's seeds and prints, for each,
 * the figure the lesson's notebook reported beside the one this run gives.
 *
 *   npm run reproduce                      a table
 *   npm run -s reproduce -- --json         one JSON object on stdout, nothing else
 *   npm run reproduce -- --data DIR        also DIR/<id>.json: the split data and predictions
 *
 * Every number is seeded, so two runs print the same results (only the seconds change).
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { experiments, runExperiment, type ExperimentRun } from '../src/lib/experiments';

interface Args {
  json: boolean;
  dataDir?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--data') {
      const dir = argv[++i];
      if (!dir || dir.startsWith('--')) throw new Error('--data needs a directory');
      args.dataDir = resolve(dir);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run reproduce [-- --json] [-- --data DIR]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  return args;
}

function dataFile(run: ExperimentRun) {
  const regression = run.config.data.kind === 'regression';
  // The notebook split a 1-D x for the regression; keep that shape so arrays compare directly.
  const X = (rows: number[][]) => (regression ? rows.map((r) => r[0]) : rows);
  return {
    id: run.config.id,
    X_train: X(run.data.XTrain),
    X_test: X(run.data.XTest),
    y_train: run.data.yTrain,
    y_test: run.data.yTest,
    y_pred: run.yPred,
  };
}

function fmt(v: number | undefined, digits: number): string {
  return v === undefined ? '-' : v.toFixed(digits);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // Keeps TF.js' advice to install tfjs-node off the output.
  tf.enableProdMode();
  await tf.setBackend('cpu');
  if (args.dataDir) mkdirSync(args.dataDir, { recursive: true });

  const out = [];
  // The lesson's own experiments: the others have no notebook figures to set beside.
  for (const config of experiments.filter((e) => e.lesson !== undefined)) {
    const run = await runExperiment(config);
    if (run.training.status !== 'completed' || !run.result) {
      throw new Error(`${config.id}: training ${run.training.status}: ${run.training.reason ?? ''}`);
    }
    out.push({
      id: config.id,
      lesson: config.lesson,
      result: run.result,
      weights: run.weights,
      seconds: Number(run.seconds.toFixed(3)),
    });
    if (args.dataDir) writeFileSync(join(args.dataDir, `${config.id}.json`), JSON.stringify(dataFile(run)) + '\n');
  }

  if (args.json) {
    process.stdout.write(JSON.stringify({ experiments: out }) + '\n');
    return;
  }
  const rows = [['experiment', 'metric', 'lesson', 'this run', 'seconds']];
  for (const e of out) {
    rows.push([e.id, 'test loss', fmt(e.lesson!.loss, 4), fmt(e.result.loss, 4), e.seconds.toFixed(2)]);
    if (e.lesson!.accuracy !== undefined) rows.push(['', 'test accuracy', fmt(e.lesson!.accuracy, 4), fmt(e.result.accuracy, 4), '']);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.slice(1).forEach((r) => console.log(line(r)));
  console.log(`\nTF.js ${tf.version_core}, backend ${tf.getBackend()}. Losses: categorical cross-entropy (blobs), mean squared error (regression).`);
  if (args.dataDir) console.log(`Data and predictions written to ${args.dataDir}/<id>.json`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
