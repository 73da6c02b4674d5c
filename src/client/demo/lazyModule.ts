import { nextTask } from './nextTask';

/**
 * A module fetched with a dynamic import the first time something asks for it, not with the
 * page: the live figures' Plot code (about 90 KiB gzip) waits here until a figure is redrawn.
 *
 * The import starts in a task of its own (nextTask), not in the one that asked, so a click that
 * needs a few modules does not also pay for adding all their preload links.
 *
 * A failed import (the reader went offline after the page loaded) is forgotten, so the next
 * request tries again instead of keeping a rejected promise for the rest of the visit.
 */
export interface LazyModule<M> {
  /** The module, once its import has finished; undefined before. */
  readonly current: M | undefined;
  /** Starts the import unless one is under way or done; settles with the module. */
  load(): Promise<M>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let current: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get current() {
      return current;
    },
    load() {
      loading ??= nextTask()
        .then(importer)
        .then(
          (m) => (current = m),
          (err: unknown) => {
            loading = undefined;
            throw err;
          },
        );
      return loading;
    },
  };
}
