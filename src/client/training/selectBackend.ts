import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendChoice, BackendName, TrainSettings } from './protocol';

/**
 * The backend a run uses when the page leaves the choice to us. Measured in headless Chromium
 * on these machines: the CPU backend is the fastest for every run of the lesson; see
 * TrainingSession's report in the README of the demos.
 */
export function autoBackend(_settings: Pick<TrainSettings, 'batchSize'>): BackendName {
  return 'cpu';
}

let current: BackendName | undefined;

/**
 * Switches TF.js to `choice` and returns the backend actually in use: if WebAssembly cannot
 * start (no .wasm file, a strict CSP), training carries on with the CPU backend.
 */
export async function selectBackend(choice: BackendChoice, settings: Pick<TrainSettings, 'batchSize'>): Promise<BackendName> {
  const wanted = choice === 'auto' ? autoBackend(settings) : choice;
  // Not tf.getBackend(): with nothing set yet it would start the highest-priority backend (wasm).
  if (current === wanted) return wanted;
  if (wanted === 'wasm') {
    try {
      const { configureWasm } = await import('./wasmBackend');
      configureWasm();
      if (await tf.setBackend('wasm')) return (current = 'wasm');
    } catch {
      // fall through to the CPU backend
    }
  }
  await tf.setBackend('cpu');
  return (current = 'cpu');
}
