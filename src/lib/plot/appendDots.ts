/**
 * Joins a figure drawn part by part: `part` is another rendering (renderFigure) of the same
 * figure that draws later points (src/lib/figures/pointRange), and its dots are added to
 * `target`'s. Dots merged by look (mergeDots) extend the path of the same look, or start one
 * after the others when the look is new, so the joined figure has the markup a single rendering
 * of all the points would have had. Dots left as their own elements are moved over as they are.
 * Returns false (and changes nothing) when the two figures do not have the same dot marks.
 */
const MARKS = 'g[data-mark="dot"]';

export function appendDots(target: Element, part: Element): boolean {
  const into = Array.from(target.querySelectorAll(MARKS));
  const from = Array.from(part.querySelectorAll(MARKS));
  // Plot leaves out a mark with no points, so a part may lack some: each of its marks goes to
  // the next of the target's that looks the same (ids aside, which differ between renderings).
  const pairs: [Element, Element][] = [];
  let next = 0;
  for (const group of from) {
    const at = into.findIndex((mark, i) => i >= next && markLook(mark) === markLook(group));
    if (at < 0) return false;
    pairs.push([into[at], group]);
    next = at + 1;
  }
  for (const [mark, group] of pairs) join(mark, group);
  return true;
}

/** Adds what `from` (a dot mark, or a group inside one) draws to `into`, its counterpart. */
function join(into: Element, from: Element): void {
  for (const shape of Array.from(from.children)) {
    const tag = shape.tagName.toLowerCase();
    const count = shape.getAttribute('data-points');
    const same = tag === 'g' || count !== null ? Array.from(into.children).find((s) => sameLook(s, shape) && (tag === 'g' || s.getAttribute('data-points') !== null)) : undefined;
    if (same && tag === 'g') join(same, shape);
    else if (same && count !== null) {
      same.setAttribute('d', (same.getAttribute('d') ?? '') + (shape.getAttribute('d') ?? ''));
      same.setAttribute('data-points', String(Number(same.getAttribute('data-points')) + Number(count)));
    } else {
      into.appendChild(into.ownerDocument.importNode(shape, true));
    }
  }
}

/** Attributes that name an element of the figure (Plot's clip paths), whose ids each rendering numbers anew. */
const IDS = new Set(['clip-path', 'mask', 'filter']);
/** A merged dot's own attributes. */
const OWN = new Set(['d', 'data-points']);

function look(e: Element, skip: ReadonlySet<string>): string {
  const attributes = Array.from(e.attributes)
    .filter((x) => !skip.has(x.name))
    .map((x) => `${x.name}=${x.value}`)
    .sort();
  return `${e.tagName}\n${attributes.join('\n')}`;
}

/** A dot mark's attributes and those of the groups in it (Plot sets a mark's fill, stroke and opacity there). */
function markLook(mark: Element): string {
  const inner = Array.from(mark.children).filter((c) => c.tagName.toLowerCase() === 'g');
  return [look(mark, IDS), ...new Set(inner.map((g) => look(g, IDS)))].join('\n|');
}

/** Every attribute but the path and its count alike. */
function sameLook(a: Element, b: Element): boolean {
  return look(a, OWN) === look(b, OWN);
}
