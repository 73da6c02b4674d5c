/**
 * One element a line instead of two. Expressive Code writes each line of a block as
 * `<div class="ec-line"><div class="code">…</div></div>`: the outer grid has room for a gutter
 * (line numbers) and carries line-level classes (marked, inserted, deleted lines) and the
 * wrapped line's indent (`--ecIndent`); the inner one is the line as drawn. Its stylesheet
 * reaches the inner one only as `.ec-line .code`, a descendant of any `.ec-line`.
 *
 * When no line of a block has a gutter or a line-level class, the outer divs do nothing but
 * hold the indent: each `div.code` then moves up into `<code>`, taking its line's style, and
 * `<code>` itself takes the class `ec-line`, so every rule written for `.ec-line .code` still
 * reaches each line. The page's stylesheet must make such a `<code>` a block again (the line
 * rule would make it a grid that stacks every line into one cell). Returns whether it
 * flattened the block; a block it cannot flatten is left exactly as it was.
 */
import type { Element, ElementContent } from 'hast';

const classesOf = (node: ElementContent): unknown =>
  node.type === 'element' ? node.properties?.className : undefined;
const hasOnlyClass = (node: ElementContent, name: string): node is Element => {
  const names = classesOf(node);
  return node.type === 'element' && node.tagName === 'div' && Array.isArray(names) && names.length === 1 && names[0] === name;
};

/** The line's one `div.code`, when the line is nothing but that and an optional style. */
function plainLine(node: ElementContent): Element | undefined {
  if (!hasOnlyClass(node, 'ec-line')) return undefined;
  const names = Object.keys(node.properties ?? {}).filter((name) => name !== 'className' && name !== 'style');
  const [code] = node.children;
  if (names.length > 0 || node.children.length !== 1 || !code || !hasOnlyClass(code, 'code')) return undefined;
  if (code.properties.style !== undefined) return undefined;
  return code;
}

/** Moves each plain line's `div.code` up into `code` (see above). */
export function flattenCodeLines(code: Element): boolean {
  const lines = code.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const inner = lines.map(plainLine);
  if (lines.length === 0 || inner.some((line) => line === undefined) || code.properties?.className !== undefined) return false;
  code.children = lines.map((line, i) => {
    const wrapper = inner[i]!;
    const style = (line as Element).properties.style;
    if (style !== undefined) wrapper.properties.style = style;
    return wrapper;
  });
  code.properties = { ...code.properties, className: ['ec-line'] };
  return true;
}
