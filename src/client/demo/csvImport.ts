/**
 * The trainer's "Import CSV" file input: a classifier's points from a file, in the dialect the
 * page states (parsePointsCsv, fetched only when a file is chosen). A file over the size limit is
 * refused from its size before it is read; any refusal names the line and the problem, as text,
 * and the data in use stays. An accepted file replaces the data (undoable in the point editor).
 */
import { describeClassCounts } from '../../lib/figures/describe';
import { csvSizeProblem } from '../../lib/import/csvSizeProblem';
import { replacePoints } from '../../lib/points/replacePoints';
import type { ExperimentStore } from './experimentStore';
import { lazyModule } from './lazyModule';

const parser = lazyModule(() => import('../../lib/import/parsePointsCsv'));

export function wireCsvImport(root: ParentNode, store: ExperimentStore): void {
  const input = root.querySelector<HTMLInputElement>('input[data-import="csv"]');
  const message = root.querySelector<HTMLElement>('[data-import-message]');
  if (!input || !message) return;
  const show = (text: string, kind: 'ok' | 'problem') => {
    message.textContent = text;
    message.dataset.kind = kind;
    if (kind === 'problem') input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void read(file).then(({ text, kind }) => show(text, kind));
    // The same file may be chosen again after a fix.
    input.value = '';
  });

  async function read(file: File): Promise<{ text: string; kind: 'ok' | 'problem' }> {
    const kept = 'The data in use has not changed.';
    const tooLarge = csvSizeProblem(file.size);
    if (tooLarge) return { text: `${file.name} was not imported. ${tooLarge.message} ${kept}`, kind: 'problem' };
    try {
      const [{ parsePointsCsv }, bytes] = await Promise.all([parser.load(), file.arrayBuffer()]);
      const r = parsePointsCsv(new Uint8Array(bytes));
      if (!r.ok) return { text: `${file.name} was not imported. ${r.message} ${kept}`, kind: 'problem' };
      store.setPoints(replacePoints(store.points(), r));
      const d = store.data();
      return {
        text: `Imported ${r.X.length} points in ${describeClassCounts(r.y)} from ${file.name}: ${d.XTrain.length} to train on, ${d.XTest.length} to test with.`,
        kind: 'ok',
      };
    } catch (err) {
      return { text: `${file.name} could not be read (${err instanceof Error ? err.message : String(err)}). ${kept}`, kind: 'problem' };
    }
  }
}
