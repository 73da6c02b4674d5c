/**
 * Where a run trains, in the words of the trainer's status line: the TF.js backend, and whether
 * a Web Worker runs it or the page's own thread does (when no worker could start).
 */
export function backendText(backend: string | undefined, mode: string | undefined): string {
  const where = mode === 'main-thread' ? "on the page's own thread (no worker could start)" : 'in a Web Worker';
  return `TF.js ${backend ?? 'cpu'} backend, ${where}`;
}
