/** One line a program is said to print: the text after `prints:` and the line it is written on. */
export interface PrintedLine {
  /** 1-based line of the comment in the program. */
  line: number;
  text: string;
}

const PRINTS = /(?:\/\/|#)\s*prints:\s*(.*?)\s*$/;

/**
 * The lines a program's comments say it prints, in order: every `// prints: ...` (TypeScript) or
 * `# prints: ...` (Python) comment, at the end of a statement or on a line of its own.
 */
export function printedLines(program: string): PrintedLine[] {
  const out: PrintedLine[] = [];
  program.split('\n').forEach((l, i) => {
    const m = PRINTS.exec(l);
    if (m) out.push({ line: i + 1, text: m[1] ?? '' });
  });
  return out;
}
