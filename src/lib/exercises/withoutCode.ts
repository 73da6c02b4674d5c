/**
 * An MDX source with its code taken out: fenced blocks (``` or ~~~, indented or not, closed by
 * a fence of the same kind at least as long) and one-line inline code spans. A page that shows
 * `<Numeric id="...">` as an example, like the writing guide, then does not count its sample
 * as an exercise of its own. Line breaks are kept, so nothing else moves to another line.
 */
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

function withoutFences(source: string): string {
  const out: string[] = [];
  let open: string | undefined;
  for (const line of source.split('\n')) {
    const fence = FENCE.exec(line)?.[1];
    if (open === undefined) {
      if (fence) open = fence;
      out.push(fence ? '' : line);
      continue;
    }
    out.push('');
    if (fence && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  return out.join('\n');
}

export function withoutCode(source: string): string {
  return withoutFences(source).replace(/(`+)(?!`)[^\n]*?[^`\n]\1(?!`)/g, '');
}
