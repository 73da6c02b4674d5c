import { describe, expect, it } from 'vitest';
import { makeBlobs } from '../../src/lib/data/makeBlobs';
import { blobScatter } from '../../src/lib/figures/blobScatter';
import { dotsOnly } from '../../src/lib/figures/dotsOnly';
import type { Split } from '../../src/lib/figures/split';
import { renderFigure } from '../../src/lib/plot/renderFigure';
import { serverDocument } from '../../src/lib/plot/serverDocument';

describe('dotsOnly', () => {
  it('draws the same dots without axes, grid or legend', () => {
    const { X, y } = makeBlobs({ nSamples: 200, centers: 3, randomState: 1 });
    const split: Split[] = y.map((_, i) => (i % 4 ? 'train' : 'test'));
    const o = blobScatter({ X, y, split });
    const doc = serverDocument();
    const whole = renderFigure(o, { document: doc }) as unknown as Element;
    const bare = renderFigure(dotsOnly(o), { document: doc }) as unknown as Element;
    const dots = (e: Element) => Array.from(e.querySelectorAll('g[data-mark="dot"] path'), (p) => p.getAttribute('d'));
    expect(dots(bare)).toEqual(dots(whole));
    expect(bare.querySelector('[data-mark$="axis tick"], [class*="-swatches"]')).toBeNull();
    expect(whole.querySelector('[data-mark$="axis tick"]')).not.toBeNull();
  });
});
