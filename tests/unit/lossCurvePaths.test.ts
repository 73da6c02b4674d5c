import { describe, expect, it } from 'vitest';
import { lossCurves, type EpochMetrics, type LossCurvesOptions } from '../../src/lib/figures/lossCurves';
import { frameAxis, lossCurvePaths } from '../../src/lib/figures/lossCurvePaths';
import { RandomState } from '../../src/lib/random/RandomState';
import { renderInNode } from './figures.renderInNode';

/** A run's history with falling, noisy losses (seeded). */
function run(epochs: number, seed: number, validation = true): EpochMetrics[] {
  const rs = new RandomState(seed);
  return Array.from({ length: epochs }, (_, i) => {
    const loss = 1.4 * Math.exp(-i / 4) + 0.05 * rs.uniform(0, 1, 1)[0];
    const accuracy = 1 - loss / 2;
    return { epoch: i + 1, loss, accuracy, ...(validation ? { valLoss: loss * (1 + 0.2 * rs.uniform(0, 1, 1)[0]), valAccuracy: accuracy - 0.02 } : {}) };
  });
}

/** What Plot drew for the paths lossCurvePaths gives: the lines' d, and each merged dot path's d and count. */
function drawn(o: LossCurvesOptions) {
  const { svg } = renderInNode(lossCurves(o));
  return {
    lines: Array.from(svg.querySelectorAll('g[data-mark="line"] path'), (p) => p.getAttribute('d')),
    dots: Array.from(svg.querySelectorAll('g[data-mark="dot"] path'), (p) => ({ d: p.getAttribute('d'), count: Number(p.getAttribute('data-points')) })),
  };
}

describe('lossCurvePaths', () => {
  it('gives the very paths Plot draws, for each metric, size and reference', () => {
    const cases: LossCurvesOptions[] = [
      { history: run(10, 1), metric: 'loss', epochs: 10, reference: { value: 0.18 } },
      { history: run(7, 2), metric: 'accuracy', epochs: 30, width: 331, height: 220, reference: { value: 0.93 } },
      { history: run(23, 3, false), metric: 'mse', epochs: 100 },
      { history: run(1, 4), metric: 'loss', epochs: 10 },
    ];
    for (const o of cases) {
      const paths = lossCurvePaths(o)!;
      expect({ lines: paths.lines, dots: paths.dots }).toEqual(drawn(o));
      expect(paths.description).toBe(lossCurves(o).ariaDescription);
    }
  });

  it('keeps the frame of a run until a value passes the axis’ top', () => {
    const history = run(12, 5);
    const at = (n: number) => {
      const o: LossCurvesOptions = { history: history.slice(0, n), metric: 'loss', epochs: 12 };
      return lossCurvePaths(o)!;
    };
    expect(at(2).frame).toBe(at(12).frame);
    expect(at(2).lines).not.toEqual(at(3).lines);
    const higher = [...history, { epoch: 12, loss: 9, valLoss: 0.1 }];
    const o: LossCurvesOptions = { history: higher, metric: 'loss', epochs: 12 };
    expect(lossCurvePaths(o)!.frame).not.toBe(at(12).frame);
  });

  it('has another frame when a series first shows, when the size changes, and none before any epoch', () => {
    const early: LossCurvesOptions = { history: [{ epoch: 1, loss: 0.5 }], metric: 'loss', epochs: 5 };
    const later: LossCurvesOptions = { history: [{ epoch: 1, loss: 0.5 }, { epoch: 2, loss: 0.4, valLoss: 0.45 }], metric: 'loss', epochs: 5 };
    const paths = (o: LossCurvesOptions) => lossCurvePaths(o)!;
    expect(paths(early).lines).toHaveLength(1);
    expect(paths(later).lines).toHaveLength(2);
    expect(paths(early).frame).not.toBe(paths(later).frame);
    expect(paths({ ...later, width: 400 }).frame).not.toBe(paths(later).frame);
    const none = paths({ history: [], metric: 'loss', epochs: 5 });
    expect(none).toMatchObject({ lines: [], dots: [] });
    expect(drawn({ history: [], metric: 'loss', epochs: 5 })).toEqual({ lines: [], dots: [] });
  });

  it('reads the value axis back from a frame, and nothing from a frame it cannot read', () => {
    const paths = lossCurvePaths({ history: run(10, 1), metric: 'loss', epochs: 10 })!;
    expect(frameAxis(paths.frame)).toEqual(lossCurves({ history: run(10, 1), metric: 'loss', epochs: 10 }).y?.domain);
    expect(frameAxis(undefined)).toBeUndefined();
    expect(frameAxis('not json')).toBeUndefined();
    expect(frameAxis('[{}, {"domain": ["a", 1]}]')).toBeUndefined();
  });
});
