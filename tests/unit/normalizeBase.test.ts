import { describe, expect, it } from 'vitest';
import { normalizeBase } from '../../tools/normalizeBase';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['  ', '/'],
    ['course', '/course/'],
    ['/course', '/course/'],
    ['course/', '/course/'],
    ['/course/', '/course/'],
    ['//course//', '/course/'],
    [' /course/ ', '/course/'],
    ['//a/b//', '/a/b/'],
  ])('%j -> %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });

  it('keeps the inner slashes of a nested base', () => {
    expect(normalizeBase('docs/course')).toBe('/docs/course/');
  });
});
