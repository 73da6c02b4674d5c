/**
 * Browser entry of `npm run bench`, bundled by esbuild and loaded in headless Chromium. It
 * registers the backends and exposes runBenchIn(options) and runGridBenchIn(options) for the
 * driver to call.
 */
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { experiments } from '../../src/lib/experiments';
import { runBench, type BenchMethod, type BenchRow } from './benchCore';
import { runGridBench, type GridRow } from './gridBench';

setWasmPaths('/wasm/');

interface PageOptions {
  backend: string;
  ids: string[];
  repeats: number;
  methods: BenchMethod[];
}

declare global {
  interface Window {
    runBenchIn(o: PageOptions): Promise<BenchRow[] | { error: string }>;
    runGridBenchIn(o: { backend: string; repeats: number }): Promise<GridRow[] | { error: string }>;
    benchReady: boolean;
  }
}

window.runBenchIn = async (o) => {
  try {
    if (!(await tf.setBackend(o.backend))) return { error: `backend ${o.backend} did not initialise` };
    await tf.ready();
    const before = tf.memory().numTensors;
    const rows = await runBench({ experiments: experiments.filter((e) => o.ids.includes(e.id)), repeats: o.repeats, methods: o.methods });
    const after = tf.memory().numTensors;
    if (after !== before) return { error: `${after - before} tensors leaked on ${o.backend}` };
    return rows;
  } catch (err) {
    return { error: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) };
  }
};
window.runGridBenchIn = async (o) => {
  try {
    if (!(await tf.setBackend(o.backend))) return { error: `backend ${o.backend} did not initialise` };
    await tf.ready();
    const before = tf.memory().numTensors;
    const rows = await runGridBench(o.repeats);
    const after = tf.memory().numTensors;
    if (after !== before) return { error: `${after - before} tensors leaked on ${o.backend}` };
    return rows;
  } catch (err) {
    return { error: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) };
  }
};
window.benchReady = true;
