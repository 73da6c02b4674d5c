/**
 * The first few training labels beside their one-hot vectors, as table rows for the Blobs demo:
 * [label, "0 0 1 0"]. Plain text cells, so the server and the page fill the same table.
 */
import { toCategorical } from '../data/toCategorical';

export function oneHotRows(labels: readonly number[], classes: number, count = 5): [number, string][] {
  const shown = labels.slice(0, count);
  const vectors = toCategorical([...shown], classes);
  return shown.map((label, i) => [label, vectors[i].join(' ')]);
}
