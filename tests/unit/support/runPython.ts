import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { numpyPortable } from '../../../tools/numpyPortable';

const DATA_STEPS = fileURLToPath(new URL('./runDataSteps.py', import.meta.url));

export interface DataStepsRun {
  /** [first line, last line] of each top-level statement that ran, and of each left out. */
  ran: [number, number][];
  leftOut: [number, number][];
  /** What the statements that ran printed, each line with the first line of its statement. */
  printed: { line: number; text: string }[];
  values: Record<string, unknown>;
}

/**
 * Runs a Python program's NumPy and scikit-learn steps (see runDataSteps.py), then `values`,
 * with NumPy computing sine, cosine and logarithm through the C library (tools/numpyPortable.ts).
 */
export function runDataSteps(python: string, program: string, values: Record<string, string> = {}): DataStepsRun {
  const out = execFileSync(python, [DATA_STEPS], {
    env: numpyPortable(),
    input: JSON.stringify({ program, values }),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out) as DataStepsRun;
}

/** Runs a short Python script that reads JSON on stdin and prints JSON. */
export function pythonJson<T>(python: string, script: string, input: unknown, env?: NodeJS.ProcessEnv): T {
  const out = execFileSync(python, ['-c', script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 28, env });
  return JSON.parse(out) as T;
}

/** Runs a Python file of this folder that reads JSON on stdin and prints JSON. */
export function pythonFileJson<T>(python: string, file: string, input: unknown, env?: NodeJS.ProcessEnv): T {
  const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
  const out = execFileSync(python, [path], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 28, env });
  return JSON.parse(out) as T;
}
