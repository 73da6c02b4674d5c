/**
 * A store's settings in the page's address (never own points): written with replaceState, so
 * a reload or a shared link brings the same settings back without adding to the history.
 */
import type { ExperimentId } from '../../lib/experiments';
import type { DemoSettings, KnobName } from '../../lib/knobs/demoKnobs';
import type { KnobSpec } from '../../lib/knobs/parseKnob';
import { writeUrlSettings } from '../../lib/knobs/urlSettings';

/** Writes `settings` into the address; `drop` names other parameters to take out of it. */
export function writeStoreAddress(id: ExperimentId, knobs: readonly KnobSpec<KnobName>[], settings: DemoSettings, drop: readonly string[] = []): void {
  if (typeof history === 'undefined' || typeof location === 'undefined') return;
  const current = new URLSearchParams(location.search);
  for (const key of drop) current.delete(key);
  const query = writeUrlSettings(current, id, knobs, settings).toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
