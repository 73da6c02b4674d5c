import { describe, expect, it } from 'vitest';
import { withoutCode } from '../../src/lib/exercises/withoutCode';
import { exerciseIds } from '../../src/lib/exercises/countExercises';

describe('withoutCode', () => {
  it('drops fenced blocks, indented or not, and keeps the prose around them', () => {
    const source = 'Before\n```mdx\n<Numeric id="sample" />\n```\nBetween\n    ~~~\n    <Open id="x" />\n    ~~~\nAfter';
    const out = withoutCode(source);
    expect(out).not.toContain('sample');
    expect(out).not.toContain('<Open');
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
    expect(out).toMatch(/^Before\n[\s\S]*Between[\s\S]*After$/);
  });

  it('a longer fence is closed only by one at least as long, of the same kind', () => {
    const source = '````mdx\n```\n<Numeric id="inner" />\n~~~~\n````\n<Open id="real">q</Open>';
    expect(exerciseIds(withoutCode(source))).toEqual(['real']);
  });

  it('drops inline code, so a tag named in the prose is not an exercise', () => {
    const source = 'Write `<Numeric>` with an ``id`` attribute, like ``<Choice id="a">``.\n<Numeric id="b" answer={1}>q</Numeric>';
    expect(() => exerciseIds(source)).toThrow();
    expect(exerciseIds(withoutCode(source))).toEqual(['b']);
  });

  it('an unclosed fence runs to the end of the source', () => {
    expect(withoutCode('a\n```\n<Open id="x" />')).toBe('a\n\n');
  });
});
