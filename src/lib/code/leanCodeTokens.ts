/**
 * Fewer elements for a highlighted line of code, drawn exactly as before.
 *
 * Expressive Code writes every token as `<span style="--0:#…;--1:#…">`: `--N` is the token's
 * colour in theme N (night-owl dark, then light), `--Nfs`, `--Nfw`, `--Ntd` and `--Nbg` its font
 * style, weight, decoration and background. Its stylesheet paints such a span (a `span` with no
 * class whose style starts with `--`) in `var(--N, inherit)`, and each of the other properties
 * falls back to `inherit` the same way. Custom properties inherit, so what a character looks like
 * in theme N is decided by the nearest `--N…` declared on the token spans around it, or else by
 * the line's own colour, the theme's code foreground.
 *
 * This function works from that rule alone. It reads each run of text and token spans as
 * characters with their resolved properties, then writes the run again with as few spans as
 * give every character the same resolved properties:
 * - characters that resolve to the line's own foreground in every theme, with nothing else
 *   set, become bare text (they inherit exactly that);
 * - a whitespace run takes the colour of a neighbour, since a space has no ink to colour, but
 *   only where nothing else differs and no decoration or background would show the change;
 * - neighbours that resolve alike share one span (this also flattens nested token spans).
 * Anything else (the indent span, text markers, spans with a class) is kept and only its inside
 * is rewritten; an element holding custom properties that is not a plain token span is kept
 * whole, inside included, because its children's colours depend on it in ways this rule does
 * not model. The text, in order, is never changed: copying and search see the same code.
 */
import type { Element, ElementContent } from 'hast';

/** Resolved custom properties of a character: `--0` → `#D6DEEB`, `--0fs` → `italic`, … */
type Styles = ReadonlyMap<string, string>;
type Segment = { text: string; styles: Styles };

const COLOUR_KEY = /^--\d+$/;
// A space shows its colour through these: an underline in the current colour, or a background.
const SHOWS_ON_SPACE = /^--\d+(td|bg)$/;
const WHITESPACE = /^\s+$/;

function customProperties(el: Element): Map<string, string> | undefined {
  const style = el.properties?.style;
  if (typeof style !== 'string' || !style.trim().startsWith('--')) return undefined;
  const entries = new Map<string, string>();
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue;
    const colon = declaration.indexOf(':');
    const key = declaration.slice(0, colon).trim();
    if (colon < 0 || !key.startsWith('--')) return undefined;
    entries.set(key, declaration.slice(colon + 1).trim());
  }
  return entries;
}

/** A span the theme styles paint from its custom properties, holding only text and such spans. */
function isTokenSpan(node: ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'span') return false;
  const names = Object.keys(node.properties ?? {});
  if (names.length !== 1 || names[0] !== 'style' || !customProperties(node)) return false;
  return node.children.every((child) => child.type === 'text' || isTokenSpan(child));
}

function collect(span: Element, inherited: Styles, into: Segment[]): void {
  const styles = new Map([...inherited, ...customProperties(span)!]);
  for (const child of span.children) {
    if (child.type === 'text') into.push({ text: child.value, styles });
    else collect(child as Element, styles, into);
  }
}

const sameValue = (a: string | undefined, b: string | undefined) => a?.toLowerCase() === b?.toLowerCase();

function sameStyles(a: Styles, b: Styles, keys: (key: string) => boolean = () => true): boolean {
  const picked = (s: Styles) => [...s.keys()].filter(keys);
  const ka = picked(a);
  return ka.length === picked(b).length && ka.every((key) => b.has(key) && sameValue(a.get(key), b.get(key)));
}

/** Whether whitespace drawn with `ws` may be drawn with `other` instead without a visible change. */
function canRecolour(ws: Styles, other: Styles): boolean {
  const shows = (s: Styles) => [...s.keys()].some((key) => SHOWS_ON_SPACE.test(key));
  return !shows(ws) && !shows(other) && sameStyles(ws, other, (key) => !COLOUR_KEY.test(key));
}

function recolourWhitespace(run: Segment[], context: Styles): void {
  run.forEach((segment, i) => {
    if (!WHITESPACE.test(segment.text)) return;
    const before = run[i - 1]?.styles;
    const after = run[i + 1]?.styles;
    const candidates = [before, after, context].filter((s): s is Styles => s !== undefined);
    // Between two equal neighbours the space joins both; otherwise the first that fits.
    const choice = before && after && sameStyles(before, after) && canRecolour(segment.styles, before)
      ? before
      : candidates.find((s) => canRecolour(segment.styles, s));
    if (choice) segment.styles = choice;
  });
}

function write(run: Segment[], context: Styles): ElementContent[] {
  const merged: Segment[] = [];
  for (const segment of run) {
    const last = merged.at(-1);
    if (last && sameStyles(last.styles, segment.styles)) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged.map(({ text, styles }): ElementContent =>
    sameStyles(styles, context)
      ? { type: 'text', value: text }
      : {
          type: 'element',
          tagName: 'span',
          properties: { style: [...styles].map(([key, value]) => `${key}:${value}`).join(';') },
          children: [{ type: 'text', value: text }],
        },
  );
}

function leanChildren(children: ElementContent[], context: Styles): ElementContent[] {
  const out: ElementContent[] = [];
  let run: Segment[] = [];
  const flush = () => {
    recolourWhitespace(run, context);
    out.push(...write(run, context));
    run = [];
  };
  for (const child of children) {
    if (child.type === 'text') run.push({ text: child.value, styles: context });
    else if (isTokenSpan(child)) collect(child as Element, context, run);
    else {
      flush();
      if (child.type === 'element' && !customProperties(child)) child.children = leanChildren(child.children, context);
      out.push(child);
    }
  }
  flush();
  return out;
}

/**
 * Rewrites the tokens inside `code` (a line's `div.code`) in place. `foregrounds[N]` is the
 * colour the line itself has in theme N, the colour a bare character inherits.
 */
export function leanCodeTokens(code: Element, foregrounds: readonly string[]): void {
  const context: Styles = new Map(foregrounds.map((colour, n) => [`--${n}`, colour]));
  code.children = leanChildren(code.children, context);
}
