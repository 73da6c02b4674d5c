/**
 * A DOM document for rendering figures outside the browser (Astro build, unit tests).
 * Never imported by page scripts: linkedom stays out of the client bundle.
 */
import { parseHTML } from 'linkedom';

export function serverDocument(): Document {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return document as unknown as Document;
}
