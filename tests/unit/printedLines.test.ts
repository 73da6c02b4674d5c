import { describe, expect, it } from 'vitest';
import { printedLines } from '../../src/lib/samples/printedLines';

describe('printedLines', () => {
  it('reads TypeScript and Python prints: comments, beside a call or on their own line', () => {
    const program = [
      'console.log(a); // prints: 3200 800',
      'console.log(b);',
      '// prints: [1, 3, 3]',
      'print(c)  # prints: (3, 4)',
      '# an ordinary comment',
    ].join('\n');
    expect(printedLines(program)).toEqual([
      { line: 1, text: '3200 800' },
      { line: 3, text: '[1, 3, 3]' },
      { line: 4, text: '(3, 4)' },
    ]);
  });

  it('finds nothing in a program without such comments', () => {
    expect(printedLines('const a = 1; // 12 parameters')).toEqual([]);
  });
});
