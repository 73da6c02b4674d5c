import type { Sample } from './extractSamples';
import { isStandalone } from './isStandalone';
import { programLanguage, type ProgramLanguage } from './programLanguage';

export interface ProgramPage {
  /** The page's file name without extension, e.g. `five-steps`: the download is `<page>.ts`. */
  page: string;
  /** The page's title. */
  title: string;
}

/** The backend the TypeScript programs run on: TF.js finds no backend without one. */
export const PROGRAM_BACKEND_IMPORT = "import '@tensorflow/tfjs-backend-cpu';";

/** How a reader runs the page's TypeScript program. */
export function tsRunCommand(page: string): string {
  return `npx tsx scripts/${page}.ts`;
}

function header(lang: ProgramLanguage, { page, title }: ProgramPage): string[] {
  if (lang === 'ts') {
    return [
      `// ${title}`,
      '// The TypeScript samples of this page of the course, in page order, as one program.',
      '// Save this file in the scripts/ folder of the course repository (its imports of',
      '// ../src/lib are the course library), then run it from the repository root with',
      `//   ${tsRunCommand(page)}`,
      '// It runs on the CPU backend of TensorFlow.js:',
      PROGRAM_BACKEND_IMPORT,
    ];
  }
  return [
    `# ${title}`,
    '# The Python samples of this page of the course, in page order, as one program.',
    '# Needs Keras 3 (with a backend such as TensorFlow), NumPy and scikit-learn; run it with',
    `#   python3 ${page}.py`,
  ];
}

function sectionComment(lang: ProgramLanguage, sample: Sample): string {
  const text = sample.headings.map((h) => h.text).join(' / ') || 'Start';
  return `${lang === 'ts' ? '//' : '#'} ── ${text} ──`;
}

/**
 * The page's samples of one language, in page order, as one program: the samples that are not
 * marked `standalone`, each under a comment naming its section, after a header that says how to
 * run the file. The samples themselves are copied unchanged.
 */
export function pageProgram(samples: readonly Sample[], lang: ProgramLanguage, page: ProgramPage): string {
  const parts = [header(lang, page).join('\n')];
  for (const s of samples) {
    if (programLanguage(s.lang) !== lang || isStandalone(s)) continue;
    parts.push(`${sectionComment(lang, s)}\n${s.code.replace(/\s+$/, '')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
