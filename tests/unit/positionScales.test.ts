import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { positionScales } from '../../src/lib/plot/positionScales';
import { serverDocument } from '../../src/lib/plot/serverDocument';

const frame = { width: 500, height: 300, marginTop: 28, marginRight: 20, marginBottom: 44, marginLeft: 52 };

describe('positionScales', () => {
  it('gives the scales Plot builds from explicit domains, size and margins', () => {
    const options = { ...frame, x: { domain: [1, 30], label: 'epoch' }, y: { domain: [0, 1.5], grid: true } };
    const ours = positionScales(options)!;
    const plotted = Plot.plot({ ...options, marks: [Plot.frame()], document: serverDocument() });
    for (const v of [1, 2.5, 17, 30]) expect(ours.x(v)).toBe(plotted.scale('x')!.apply(v));
    for (const v of [0, 0.3, 1.12, 1.5]) expect(ours.y(v)).toBe(plotted.scale('y')!.apply(v));
    expect(ours.y(0)).toBe(300 - 44);
    expect(ours.x(30)).toBe(500 - 20);
  });

  it('is undefined when Plot would pick the domain, the size or the margins itself', () => {
    const x = { domain: [0, 1] };
    const y = { domain: [0, 1] };
    expect(positionScales({ ...frame, x, y })).toBeDefined();
    expect(positionScales({ ...frame, x: {}, y })).toBeUndefined();
    expect(positionScales({ ...frame, x, y: { domain: [0, 1, 2] } })).toBeUndefined();
    expect(positionScales({ ...frame, x, y: { domain: ['a', 'b'] } })).toBeUndefined();
    expect(positionScales({ ...frame, x, y: { domain: [0, 1], nice: true } })).toBeUndefined();
    expect(positionScales({ ...frame, x: { domain: [0, 1], type: 'log' }, y })).toBeUndefined();
    expect(positionScales({ ...frame, x, y: { domain: [0, 1], insetTop: 4 } })).toBeUndefined();
    expect(positionScales({ ...frame, marginLeft: undefined, x, y })).toBeUndefined();
    expect(positionScales({ ...frame, inset: 2, x, y })).toBeUndefined();
  });
});
