import { describe, expect, it } from 'vitest';
import { exerciseIds } from '../../src/lib/exercises/countExercises';
import { pageKey } from '../../src/lib/exercises/pageKey';

describe('exerciseIds', () => {
  it('lists the ids of every exercise tag in order', () => {
    const source = `import Numeric from './Numeric.astro';\n<Numeric id="a" answer={1}>x</Numeric>\n<Choice\n  id="b"\n  options={[]}\n/>\n<Predict id="c" /><Open id="d">q</Open><Other id="e" /><OpenThing id="f" />`;
    expect(exerciseIds(source)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('an exercise without an id is an error that names the component', () => {
    expect(() => exerciseIds('<Numeric answer={1} />')).toThrow(/<Numeric> exercise has no id/);
  });

  it('a page without exercises has none', () => {
    expect(exerciseIds('# Title\n\nText.')).toEqual([]);
  });
});

describe('pageKey', () => {
  it.each([
    ['/lesson/softmax/', '/', 'lesson/softmax'],
    ['/lesson/softmax', '/', 'lesson/softmax'],
    ['/course/lesson/softmax/', '/course/', 'lesson/softmax'],
    ['/course/lesson/softmax/', '/course', 'lesson/softmax'],
    ['/', '/', ''],
    ['/lesson/softmax/index.html', '/', 'lesson/softmax'],
  ])('%s under %s is %j', (path, base, key) => {
    expect(pageKey(path, base)).toBe(key);
  });
});
