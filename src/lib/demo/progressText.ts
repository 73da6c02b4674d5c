/** The trainer's progress text once a run has ended: how many of its epochs it ran, and how it ended. */
export interface RunEnded {
  status: 'completed' | 'stopped' | 'diverged';
  epochsRun: number;
}

export function progressText(done: RunEnded, epochs: number): string {
  if (done.status === 'completed') return `Finished: ${done.epochsRun} of ${epochs} epochs`;
  if (done.status === 'stopped') return `Stopped: ${done.epochsRun} of ${epochs} epochs complete`;
  return `Diverged during epoch ${done.epochsRun + 1} of ${epochs}`;
}
