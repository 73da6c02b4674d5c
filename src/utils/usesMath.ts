/**
 * Whether an MDX page's source shows math: `$...$` or `$$` outside code, or a component that
 * typesets with KaTeX. Dollar signs inside fenced or inline code (`try_files $uri`) do not count.
 */
const KATEX_COMPONENTS = /<(?:ComputedMath|SoftmaxCalculator)\b/;
const FENCED_CODE = /^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm;
const INLINE_CODE = /(`+)[^`\n][\s\S]*?\1/g;
const MATH = /\$\$|\$[^\s$][^$\n]*\$/;

export function usesMath(source: string): boolean {
  if (KATEX_COMPONENTS.test(source)) return true;
  const prose = source.replace(FENCED_CODE, '').replace(INLINE_CODE, '');
  return MATH.test(prose);
}
