/**
 * Plot draws a dot mark as one element per point: 4000 `<circle>`s or symbol `<path>`s for the
 * lesson's scatter. Each is a node the browser styles, lays out and paints, and the page's
 * thread pays for all of them on load and on every redraw while a model trains. Dots that look
 * the same (every attribute but their position is equal) are drawn just as well by one `<path>`
 * holding all of them, so `mergeDots` replaces each such set by a single path.
 *
 * Every point's subpath starts with an absolute `M` at the point's centre, followed only by
 * relative commands, so the centres can be read back from `d`. Points are painted grouped by
 * look, in order of each look's first point, instead of strictly in data order: where dots of
 * two classes overlap, the later class is drawn on top.
 *
 * A group is left as it is when any dot has children (a `<title>`, say), a transform other than
 * a translation, or path commands other than M, L, H, V, A and Z.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
const TRANSLATE = /^translate\(\s*([^,\s)]+)[,\s]+([^,\s)]+)\s*\)$/;

/**
 * Merges the look-alike dots of every dot mark under `root` (a `<g data-mark="dot">`, as
 * renderFigure labels them, and the groups inside it) into one path per look.
 */
export function mergeDots(root: Element, doc: Document): void {
  const marks = Array.from(root.querySelectorAll('g[data-mark="dot"]'));
  const groups = marks.flatMap((mark) => [mark, ...Array.from(mark.querySelectorAll('g'))]);
  for (const group of groups) {
    const dots = Array.from(group.children);
    if (dots.length === 0) continue;
    const shapes = dots.map(dotShape);
    if (shapes.some((s) => s === undefined)) continue;
    const looks = new Map<string, { attributes: [string, string][]; parts: string[] }>();
    dots.forEach((dot, i) => {
      const attributes = Array.from(dot.attributes)
        .filter((a) => !POSITION_ATTRIBUTES.has(a.name))
        .map((a): [string, string] => [a.name, a.value]);
      const key = JSON.stringify(attributes);
      const look = looks.get(key) ?? { attributes, parts: [] };
      look.parts.push(shapes[i]!);
      looks.set(key, look);
    });
    const merged = Array.from(looks.values(), ({ attributes, parts }) => {
      const path = doc.createElementNS(SVG_NS, 'path');
      for (const [name, value] of attributes) path.setAttribute(name, value);
      path.setAttribute('d', parts.join(''));
      path.setAttribute('data-points', String(parts.length));
      return path;
    });
    group.replaceChildren(...merged);
  }
}

const POSITION_ATTRIBUTES = new Set(['cx', 'cy', 'r', 'd', 'transform']);

/** A dot as a subpath that starts at its centre, or undefined when it is not a plain dot. */
function dotShape(el: Element): string | undefined {
  if (el.children.length > 0) return undefined;
  const tag = el.tagName.toLowerCase();
  if (tag === 'circle') {
    const [cx, cy, r] = ['cx', 'cy', 'r'].map((name) => Number(el.getAttribute(name) ?? NaN));
    if (![cx, cy, r].every(Number.isFinite)) return undefined;
    return `M${cx},${cy}m${-r},0a${r},${r},0,1,0,${2 * r},0a${r},${r},0,1,0,${-2 * r},0`;
  }
  if (tag === 'path') {
    const at = TRANSLATE.exec(el.getAttribute('transform') ?? '');
    const d = el.getAttribute('d');
    if (!at || d === null) return undefined;
    const [x, y] = [Number(at[1]), Number(at[2])];
    const relative = relativePath(d);
    if (!Number.isFinite(x) || !Number.isFinite(y) || relative === undefined) return undefined;
    return `M${x},${y}${relative}`;
  }
  return undefined;
}

/** Arguments each command takes; the commands d3-path writes for Plot's symbols. */
const ARITY: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, a: 7, z: 0 };

/**
 * Rewrites path data drawn around the origin with relative commands only, starting from the
 * origin; undefined for commands this does not handle.
 */
export function relativePath(d: string): string | undefined {
  const commands = d.match(/[a-df-z][^a-df-z]*/gi);
  if (!commands || commands.join('').replace(/\s/g, '') !== d.replace(/\s/g, '')) return undefined;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let out = '';
  for (const command of commands) {
    const letter = command[0];
    const lower = letter.toLowerCase();
    const arity = ARITY[lower];
    if (arity === undefined) return undefined;
    const absolute = letter !== lower;
    const args = (command.slice(1).match(NUMBER) ?? []).map(Number);
    if (arity === 0) {
      if (args.length > 0) return undefined;
      out += 'z';
      [x, y] = [startX, startY];
      continue;
    }
    if (args.length === 0 || args.length % arity !== 0) return undefined;
    for (let i = 0; i < args.length; i += arity) {
      const a = args.slice(i, i + arity);
      // After the first pair of an M, further pairs are line-tos.
      const op = lower === 'm' && i > 0 ? 'l' : lower;
      if (op === 'h') {
        const dx = absolute ? a[0] - x : a[0];
        out += `h${dx}`;
        x += dx;
      } else if (op === 'v') {
        const dy = absolute ? a[0] - y : a[0];
        out += `v${dy}`;
        y += dy;
      } else {
        const [ex, ey] = a.slice(-2);
        const dx = absolute ? ex - x : ex;
        const dy = absolute ? ey - y : ey;
        out += op === 'a' ? `a${a.slice(0, 5).join(',')},${dx},${dy}` : `${op}${dx},${dy}`;
        x += dx;
        y += dy;
        if (op === 'm') [startX, startY] = [x, y];
      }
    }
  }
  return out;
}
