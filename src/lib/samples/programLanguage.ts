/** The two languages whose samples make a page's programs, and the fence words for each. */
export type ProgramLanguage = 'ts' | 'python';

const FENCE_WORDS: Record<ProgramLanguage, readonly string[]> = {
  ts: ['ts', 'typescript'],
  python: ['python', 'py'],
};

/** The program language a fence's info word names, or undefined for any other language. */
export function programLanguage(fenceLang: string): ProgramLanguage | undefined {
  const word = fenceLang.toLowerCase();
  return (Object.keys(FENCE_WORDS) as ProgramLanguage[]).find((l) => FENCE_WORDS[l].includes(word));
}
