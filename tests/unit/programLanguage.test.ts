import { describe, expect, it } from 'vitest';
import { programLanguage } from '../../src/lib/samples/programLanguage';

describe('programLanguage', () => {
  it('maps the fence words of TypeScript and Python', () => {
    expect(['ts', 'typescript', 'TS'].map(programLanguage)).toEqual(['ts', 'ts', 'ts']);
    expect(['python', 'py'].map(programLanguage)).toEqual(['python', 'python']);
  });

  it('gives nothing for other languages', () => {
    expect(['js', 'mdx', 'sh', ''].map(programLanguage)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
