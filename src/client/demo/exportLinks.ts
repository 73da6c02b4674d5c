/**
 * The trainer's two download links. The weights link (JSON of the finished run's weights,
 * settings and history) has no href until a run ends with weights; it keeps role="link" and
 * aria-disabled meanwhile. The data link points at the lesson's CSV file on the site; for other
 * data the CSV is built when the link is clicked. Every file made here is a blob: URL, revoked
 * as soon as it no longer matches what the page shows.
 */
import { dataToCsv } from '../../lib/export/dataToCsv';
import { weightsToJson } from '../../lib/export/weightsToJson';
import type { DoneMessage } from '../../lib/training/protocol';
import type { ExperimentStore } from './experimentStore';

export interface ExportLinks {
  /** The weights link downloads this run's weights; without a run (or weights) it is disabled. */
  setWeightsLink(done: DoneMessage | undefined): void;
  /** The data changed: the CSV built for the old data is dropped. */
  dataChanged(): void;
}

export function exportLinks(root: ParentNode, store: ExperimentStore): ExportLinks {
  let weightsUrl: string | undefined;
  let dataUrl: string | undefined;
  // The CSV is built when asked for: the current data, samples in the order made, each with its split.
  root.querySelector<HTMLAnchorElement>('[data-export="data"]')?.addEventListener('click', (e) => {
    const link = e.currentTarget as HTMLAnchorElement;
    // The lesson's data is already a file on the site; only other data needs building.
    if (store.isLessonData()) return;
    dataUrl ??= URL.createObjectURL(new Blob([dataToCsv(store.data())], { type: 'text/csv' }));
    // The click's default action reads href after this handler, so the new file downloads.
    link.href = dataUrl;
  });
  return {
    setWeightsLink(done) {
      const link = root.querySelector<HTMLAnchorElement>('[data-export="weights"]');
      if (!link) return;
      weightsUrl = revoke(weightsUrl);
      if (!done?.weights) {
        link.removeAttribute('href');
        link.setAttribute('aria-disabled', 'true');
        return;
      }
      const json = weightsToJson({
        experiment: store.id,
        layerName: store.config.model.builder === 'linearSoftmax' ? 'wx_b' : 'dense',
        weights: done.weights,
        settings: { ...(store.last.settings ?? store.settings) },
        history: done.history,
        ...(done.test ? { test: done.test } : {}),
        backend: done.backend,
      });
      weightsUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      link.href = weightsUrl;
      link.removeAttribute('aria-disabled');
    },
    dataChanged() {
      dataUrl = revoke(dataUrl);
    },
  };
}

function revoke(url: string | undefined): undefined {
  if (url) URL.revokeObjectURL(url);
  return undefined;
}
