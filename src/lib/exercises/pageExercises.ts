import { exerciseIds } from './countExercises';
import { withoutCode } from './withoutCode';

/** What a page's MDX source says about its exercises. */
export interface PageExercises {
  /** Its exercise ids, in order, each once (the code samples of a page do not count). */
  ids: string[];
  /** Whether it shows its progress (`<ExerciseProgress />`), which puts it on the home page's overview. */
  tracked: boolean;
}

export function pageExercises(source: string): PageExercises {
  const prose = withoutCode(source);
  return { ids: [...new Set(exerciseIds(prose))], tracked: /<ExerciseProgress[\s/>]/.test(prose) };
}
