/**
 * Typed events for a page's demo state: `on` returns the unsubscribe function, and one listener
 * that throws cannot stop the others (or a run) from hearing an event.
 */
export class Emitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<(payload: never) => void>>();

  /** `owner` names the emitter in the warning a failing listener leaves in the console. */
  constructor(private readonly owner: string) {}

  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  protected emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        (listener as (payload: Events[E]) => void)(payload);
      } catch (err) {
        // One broken figure must not stop the others (or the run) from updating.
        console.warn(`A ${String(event)} listener of ${this.owner} failed:`, err);
      }
    }
  }
}
