import { describe, expect, it } from 'vitest';
import { dataToPixel } from '../../src/lib/points/dataToPixel';
import { editorDomain } from '../../src/lib/points/editorDomain';
import { moveCursor } from '../../src/lib/points/moveCursor';
import { pixelToData } from '../../src/lib/points/pixelToData';
import { squareFrame } from '../../src/lib/figures/frame';
import { blobScatter } from '../../src/lib/figures/blobScatter';
import { renderInNode } from './figures.renderInNode';

const frame = squareFrame(560);
const domain: [number, number] = [-20, 20];

describe('pixelToData and dataToPixel', () => {
  it('map the plotting area corners to the domain corners, x1 upwards', () => {
    expect(pixelToData(frame, domain, frame.marginLeft, frame.height - frame.marginBottom)).toEqual([-20, -20]);
    expect(pixelToData(frame, domain, frame.width - frame.marginRight, frame.marginTop)).toEqual([20, 20]);
    expect(pixelToData(frame, domain, (52 + 540) / 2, (28 + 516) / 2)).toEqual([0, 0]);
  });

  it('keep a click on the margin on the edge, and round', () => {
    expect(pixelToData(frame, domain, 0, frame.height)).toEqual([-20, -20]);
    expect(pixelToData(frame, domain, 300, 100)).toEqual([0.33, 14.1]);
  });

  it('are inverses of each other', () => {
    for (const at of [[3.25, -7.5], [-20, 20], [11, 0]] as const) {
      const [px, py] = dataToPixel(frame, domain, at);
      expect(pixelToData(frame, domain, px, py)).toEqual(at);
    }
  });

  it("agree with Plot's own scales for the blobs scatter", () => {
    const { svg } = renderInNode(blobScatter({ X: [[12.5, -7.5]], y: [1], split: ['train'], domain }));
    const mark = svg.querySelector('g[data-mark="dot"] path, g[data-mark="dot"] circle');
    expect(mark).not.toBeNull();
    const [px, py] = dataToPixel(frame, domain, [12.5, -7.5]);
    // One dot: a circle at (cx, cy), or a path whose first move is to the dot's centre plus its radius.
    const cx = Number(mark!.getAttribute('cx') ?? NaN);
    if (Number.isFinite(cx)) {
      expect(cx).toBeCloseTo(px, 1);
      expect(Number(mark!.getAttribute('cy'))).toBeCloseTo(py, 1);
    } else {
      const [mx, my] = (mark!.getAttribute('d') ?? '').replace(/^M/, '').split(/[ ,A-Za-z]/).map(Number);
      expect(Math.abs(mx - px)).toBeLessThan(4);
      expect(Math.abs(my - py)).toBeLessThan(4);
    }
  });
});

describe('moveCursor', () => {
  it('moves by 1/80 of the domain, or 1/16 with Shift, x1 up with ArrowUp', () => {
    expect(moveCursor([0, 0], 'ArrowRight', false, domain)).toEqual([0.5, 0]);
    expect(moveCursor([0, 0], 'ArrowUp', false, domain)).toEqual([0, 0.5]);
    expect(moveCursor([0, 0], 'ArrowDown', true, domain)).toEqual([0, -2.5]);
    expect(moveCursor([0, 0], 'ArrowLeft', true, domain)).toEqual([-2.5, 0]);
  });

  it('snaps a clicked position to the step and stays inside the domain', () => {
    expect(moveCursor([0.33, 14.1], 'ArrowRight', false, domain)).toEqual([1, 14.1]);
    expect(moveCursor([19.9, -19.9], 'ArrowRight', true, domain)).toEqual([20, -19.9]);
    expect(moveCursor([-19.9, -19.9], 'ArrowDown', true, domain)).toEqual([-19.9, -20]);
  });

  it('keeps steps of a tenth short', () => {
    let at: readonly [number, number] = [0, 0];
    for (let i = 0; i < 3; i++) at = moveCursor(at, 'ArrowRight', false, [-4, 4])!;
    expect(at).toEqual([0.3, 0]);
  });

  it('ignores other keys', () => {
    expect(moveCursor([0, 0], 'Enter', false, domain)).toBeUndefined();
    expect(moveCursor([0, 0], 'a', true, domain)).toBeUndefined();
  });
});

describe('editorDomain', () => {
  it("is the decision grid's square until points lie outside it", () => {
    expect(editorDomain([], 20)).toEqual([-20, 20]);
    expect(editorDomain([[1, 2], [-3, 19]], 20)).toEqual([-20, 20]);
    const wide = editorDomain([[0, 0], [50, -10]], 20);
    expect(wide[0]).toBeLessThanOrEqual(-20);
    expect(wide[1]).toBeGreaterThan(50);
  });
});
