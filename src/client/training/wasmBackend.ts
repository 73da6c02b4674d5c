/**
 * The WebAssembly backend, loaded only when a run asks for it. Its .wasm binaries are emitted
 * by Vite as assets of the site (`?url`), so they are served from the same origin and sub-path
 * as the pages: no CDN, and self-hosting needs nothing extra.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';

let configured = false;

export function configureWasm(): void {
  if (configured) return;
  configured = true;
  // Threads need cross-origin isolation headers a static host rarely sends, and gave no speed-up
  // on two cores; turning them off also keeps the threaded binary out of the site.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlainUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmSimdUrl,
  });
}
