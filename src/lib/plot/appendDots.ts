/**
 * Joins a figure drawn part by part: `part` is another rendering (renderFigure) of the same
 * figure that draws later points (src/lib/figures/pointRange), and its dots are added to
 * `target`'s, each mark's to the same mark. After the last part, joinDots merges the paths of
 * each look into one, and the joined figure has the markup a single rendering of all the points
 * would have had. Returns false (and changes nothing) when the two figures do not have the same
 * dot marks.
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

/**
 * Adds what `from` (a dot mark, or a group inside one) draws to `into`, its counterpart: groups
 * join their counterparts, and each merged path is added as a path of its own (so the paths
 * already there are not parsed again); joinDots makes one path per look again at the end.
 */
function join(into: Element, from: Element): void {
  for (const shape of Array.from(from.children)) {
    const same = shape.tagName.toLowerCase() === 'g' ? Array.from(into.children).find((s) => sameLook(s, shape)) : undefined;
    if (same) join(same, shape);
    else into.appendChild(into.ownerDocument.importNode(shape, true));
  }
}

/**
 * Once every part is in: the paths of one look in each dot mark (and group in it) become one,
 * their points in the order the parts added them, where the look's first path was. The figure
 * then has the markup a single rendering of all its points gives (mergeDots). Each look is one
 * job (the browser parses a path's points again when its `d` is set): run them in turn, each
 * in a task of its own if need be.
 */
export function dotJoins(root: Element): (() => void)[] {
  const marks = Array.from(root.querySelectorAll(MARKS));
  const jobs: (() => void)[] = [];
  for (const group of marks.flatMap((mark) => [mark, ...Array.from(mark.querySelectorAll('g'))])) {
    const looks = new Map<string, Element[]>();
    for (const shape of Array.from(group.children)) {
      if (shape.getAttribute('data-points') === null) continue;
      const key = look(shape, OWN);
      looks.set(key, [...(looks.get(key) ?? []), shape]);
    }
    for (const [first, ...rest] of looks.values()) {
      if (rest.length === 0) continue;
      jobs.push(() => {
        const all = [first, ...rest];
        first.setAttribute('d', all.map((p) => p.getAttribute('d') ?? '').join(''));
        first.setAttribute('data-points', String(all.reduce((n, p) => n + Number(p.getAttribute('data-points')), 0)));
        for (const p of rest) p.remove();
      });
    }
  }
  return jobs;
}

/** Every join of dotJoins at once. */
export function joinDots(root: Element): void {
  for (const job of dotJoins(root)) job();
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

function sameLook(a: Element, b: Element): boolean {
  return look(a, IDS) === look(b, IDS);
}

/** A dot mark's attributes and those of the groups in it (Plot sets a mark's fill, stroke and opacity there). */
function markLook(mark: Element): string {
  const inner = Array.from(mark.children).filter((c) => c.tagName.toLowerCase() === 'g');
  return [look(mark, IDS), ...new Set(inner.map((g) => look(g, IDS)))].join('\n|');
}

