/** The exercise components an instructor can write in a page. */
export const EXERCISE_COMPONENTS = ['Numeric', 'Choice', 'Predict', 'Open'] as const;

const TAG = new RegExp(`<(${EXERCISE_COMPONENTS.join('|')})[\\s/>]`, 'g');

/**
 * The exercise ids of an MDX page's source, in order: every `<Numeric`, `<Choice`, `<Predict`
 * or `<Open` tag's `id="..."`. The home page reads each lesson's total from these, so the totals
 * cannot drift from the pages. An exercise without a literal id is an error, named here.
 */
export function exerciseIds(source: string): string[] {
  const ids: string[] = [];
  for (const match of source.matchAll(TAG)) {
    const rest = source.slice(match.index + 1);
    const end = rest.search(/\/?>/);
    const attrs = rest.slice(0, end < 0 ? undefined : end);
    const id = /\sid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) throw new Error(`A <${match[1]}> exercise has no id="..." (it is needed to save progress).`);
    ids.push(id);
  }
  return ids;
}
