import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { softmaxSteps } from '../../src/lib/calculator/softmaxSteps';
import { softmaxStepsView } from '../../src/lib/calculator/softmaxStepsView';
import { workedExample } from '../../src/lib/math/workedExample';

const lesson = () =>
  softmaxStepsView(
    softmaxSteps({ W: workedExample.W.map((r) => [...r]), x: [...workedExample.x], b: [...workedExample.b], label: workedExample.label }),
  );

describe('softmaxStepsView', () => {
  it('shows the worked example with the softmax page’s digits', () => {
    const v = lesson();
    expect(v.classes.map((c) => c.score)).toEqual(['\u22122.85', '0.86', '0.28']);
    expect(v.classes.map((c) => c.exp)).toEqual(['0.058', '2.363', '1.323']);
    expect(v.classes.map((c) => c.prob)).toEqual(['0.015', '0.631', '0.353']);
    expect(v.classes.map((c) => c.grad)).toEqual(['0.015', '0.631', '\u22120.647']);
    expect(v.classes.map((c) => c.isTrue)).toEqual([false, false, true]);
    expect(v.loss).toBe('1.04');
    expect(v.announcement).toBe('Loss 1.04; the true class, class 2, has probability 0.353.');
  });

  it('makes bars as long as the probabilities', () => {
    const v = lesson();
    const total = v.classes.reduce((s, c) => s + c.bar, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(v.classes[1].bar).toBeGreaterThan(v.classes[2].bar);
  });

  it('writes TeX that KaTeX typesets, for ordinary and extreme numbers', () => {
    const extreme = softmaxStepsView(softmaxSteps({ W: [[1], [1]], x: [1000], b: [0, -900], label: 1 }));
    for (const v of [lesson(), extreme]) {
      for (const tex of Object.values(v.tex)) {
        expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
      }
    }
    expect(lesson().tex.loss).toBe('L = -\\log p_{2} = -\\log 0.353 = 1.04');
    expect(extreme.tex.loss).toContain('\\left(');
  });
});
