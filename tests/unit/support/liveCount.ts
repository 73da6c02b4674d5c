import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Counts how many of the objects it was given are still reachable after a full garbage
 * collection. It watches them with a FinalizationRegistry, which, unlike a WeakRef, does not
 * keep its targets alive until the end of the task.
 */
export class LiveCount {
  private watched = 0;
  private collected = 0;
  private readonly registry = new FinalizationRegistry<undefined>(() => {
    this.collected++;
  });

  watch(target: object): void {
    this.registry.register(target, undefined);
    this.watched++;
  }

  /** The watched objects still alive once the garbage collector and its callbacks have run. */
  async alive(): Promise<number> {
    await nextTask();
    gc();
    await nextTask();
    return this.watched - this.collected;
  }
}
