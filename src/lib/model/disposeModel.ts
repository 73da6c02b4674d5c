import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';

/**
 * TF.js Layers' flag for its caches of execution plans: every predict of a model stores the
 * model's sorted graph (its layers and symbolic tensors) under a key made of the layers'
 * unique names, up to this many keys.
 */
const PLAN_CACHE_FLAG = 'TOPOLOGICAL_SORT_CACHE_MAX_ENTRIES';

/**
 * Frees a model's weights and forgets the execution plans TF.js Layers cached for it. A new
 * model never reuses an old model's plan (its layers have new names), so without this every
 * disposed model's layers stay reachable until a hundred more have been run: a demo trained
 * again and again would keep growing its heap. Setting the flag to 0 empties the caches and
 * setting it back restores their size; other live models simply sort their graph again on
 * their next predict.
 */
export function disposeModel(model: LayersModel): void {
  model.dispose();
  const env = tf.env();
  const entries = env.getNumber(PLAN_CACHE_FLAG);
  env.set(PLAN_CACHE_FLAG, 0);
  env.set(PLAN_CACHE_FLAG, entries);
}
