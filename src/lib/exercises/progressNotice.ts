import type { ProgressProblem } from './progressStore';

/** The sentence a page shows when progress cannot be kept; empty when it can. */
export function progressNotice(problem: ProgressProblem | undefined): string {
  switch (problem) {
    case 'unavailable':
      return 'This browser does not let the page store anything (private mode or a site setting), so your progress cannot be saved: the exercises still work, but they will start afresh on the next visit.';
    case 'full':
      return 'This browser’s storage for the site is full, so your progress cannot be saved: the exercises still work, but they will start afresh on the next visit.';
    case 'corrupted':
      return 'The saved progress could not be read, so it starts again from nothing; what you do from now on is saved.';
    default:
      return '';
  }
}
