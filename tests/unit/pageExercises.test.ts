import { describe, expect, it } from 'vitest';
import { pageExercises } from '../../src/lib/exercises/pageExercises';

describe('pageExercises', () => {
  it('lists a page’s exercises and says that it shows its progress', () => {
    const source = '## Check your understanding\n\n<ExerciseProgress />\n\n<Numeric id="a" answer={1}>q</Numeric>\n<Open id="b">q</Open>';
    expect(pageExercises(source)).toEqual({ ids: ['a', 'b'], tracked: true });
  });

  it('ignores exercises and progress shown as code, and counts a repeated id once', () => {
    const source = '```mdx\n<ExerciseProgress />\n<Numeric id="a" />\n```\nUse `<ExerciseProgress />`.\n<Numeric id="a" answer={1}>q</Numeric>\n<Numeric id="a" answer={1}>q</Numeric>';
    expect(pageExercises(source)).toEqual({ ids: ['a'], tracked: false });
  });

  it('a page without exercises has none', () => {
    expect(pageExercises('Text only.')).toEqual({ ids: [], tracked: false });
  });
});
