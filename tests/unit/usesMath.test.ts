import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usesMath } from '../../src/utils/usesMath';

describe('usesMath', () => {
  it('finds inline and display math', () => {
    expect(usesMath('The scores $z = Wx + b$ of each class.')).toBe(true);
    expect(usesMath('Before\n\n$$\np_j = e^{z_j}\n$$\n')).toBe(true);
  });

  it('finds the components that typeset with KaTeX', () => {
    expect(usesMath("import C from './C.astro';\n\n<ComputedMath tex={t} />")).toBe(true);
    expect(usesMath('<SoftmaxCalculator />')).toBe(true);
  });

  it('ignores dollar signs in code and in prices', () => {
    expect(usesMath('`try_files $uri $uri/ =404` serves a file.')).toBe(false);
    expect(usesMath('```sh\necho $HOME and $PATH\n```\n')).toBe(false);
    expect(usesMath('- step\n\n  ```sh\n  echo $HOME and $PATH\n  ```\n')).toBe(false);
    expect(usesMath('It costs $ 5 or more.')).toBe(false);
    expect(usesMath('Plain prose with no math at all.')).toBe(false);
  });

  it('still sees math after a code block', () => {
    expect(usesMath('```\n$x$\n```\n\nThen $y$.')).toBe(true);
  });

  it('agrees with the course pages', () => {
    const page = (p: string) => readFileSync(new URL(`../../src/content/docs/${p}`, import.meta.url), 'utf8');
    expect(usesMath(page('lesson/softmax.mdx'))).toBe(true);
    expect(usesMath(page('guides/writing-a-session.mdx'))).toBe(true);
    expect(usesMath(page('guides/self-hosting.mdx'))).toBe(false);
  });
});
