import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendName } from '../../lib/training/protocol';

/**
 * Starts TF.js on the CPU backend, the only one bundled. Measured in headless Chromium on these
 * 2-core machines with the lesson's runs (worker, warm):
 * - 4 blobs, batch 4, 8000 steps: CPU 0.4-1.4 s (machine load varied), WebAssembly 4.2-5.3 s,
 *   and WebAssembly's XNNPACK softmax failed ("xnn_create_softmax_nc_f32 ... status 2") and
 *   the model ended at 0.25% accuracy;
 * - 2 blobs, batch 128: WebAssembly refused the fused step ("_FusedMatMul only supports rank-1
 *   bias"); regression, batch 128: CPU 116-121 ms, WebAssembly 109-138 ms.
 * WebGL needs a GPU to be worth its per-operation cost, and through software rendering it is
 * about 5x slower. Leaving both out also keeps about 33 KiB (gzip) of script and 735 KB of
 * .wasm files out of the site.
 */
export async function selectBackend(): Promise<BackendName> {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
  return 'cpu';
}
