/**
 * The fenced code blocks of an MDX page, in page order, each with its language, its fence meta
 * (the words after the language, e.g. `standalone` or `title="..."`), the headings it sits under
 * and its first line in the file. Fences may be indented (inside <TabItem>); the indentation of
 * the opening fence is removed from every line of the block. A fence closes only with the same
 * character repeated at least as often, so a ````mdx example that shows ``` fences is one block.
 */
export interface Heading {
  /** 2 for `##`, 3 for `###`, ... */
  depth: number;
  text: string;
}

export interface Sample {
  /** The fence's info word, lower-cased: `ts`, `python`, `mdx`, ... ('' when none). */
  lang: string;
  /** The rest of the info string. */
  meta: string;
  code: string;
  /** The headings in force where the block sits, outermost first. */
  headings: Heading[];
  /** 1-based line of the opening fence in the file. */
  line: number;
}

const FENCE = /^( *)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

export function extractSamples(mdx: string): Sample[] {
  const lines = mdx.split(/\r?\n/);
  const samples: Sample[] = [];
  const trail: Heading[] = [];
  let i = 0;
  // Skip frontmatter: its `#` lines are YAML comments, not headings.
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) i = end + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      const [, indent = '', marks = '', lang = '', meta = ''] = fence;
      const close = new RegExp(`^ *${marks[0] === '`' ? '`' : '~'}{${marks.length},}\\s*$`);
      const body: string[] = [];
      const start = i;
      for (i++; i < lines.length && !close.test(lines[i] ?? ''); i++) {
        const l = lines[i] ?? '';
        body.push(l.startsWith(indent) ? l.slice(indent.length) : l.trimStart());
      }
      samples.push({
        lang: lang.toLowerCase(),
        meta: meta.trim(),
        code: body.join('\n'),
        headings: trail.map((h) => ({ ...h })),
        line: start + 1,
      });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const depth = heading[1]?.length ?? 1;
      while (trail.length > 0 && (trail[trail.length - 1]?.depth ?? 0) >= depth) trail.pop();
      trail.push({ depth, text: heading[2] ?? '' });
    }
  }
  return samples;
}
