/**
 * The dataset a store's settings (or a reader's own points) describe, built on the page's thread
 * and kept until they change: every figure of an experiment asks for it on each redraw.
 */
import { experimentData } from '../../lib/experiments/experimentData';
import type { ExperimentConfig } from '../../lib/experiments/ExperimentConfig';
import { pointsData } from '../../lib/experiments/pointsData';
import type { DemoSettings } from '../../lib/knobs/demoKnobs';
import { dataParamsFor } from '../../lib/knobs/trainSettingsFor';
import type { PointsState } from '../../lib/points/PointsState';
import { experimentConfig } from '../../lib/training/experimentConfig';
import type { DemoData } from './storeEvents';

export class DemoDataCache {
  private generated: { key: string; data: DemoData } | undefined;
  private own: { points: PointsState; data: DemoData } | undefined;

  constructor(private readonly config: ExperimentConfig) {}

  /** True when get() would give data already made (no work on the page's thread). */
  has(settings: DemoSettings, points: PointsState | undefined): boolean {
    if (points && this.config.data.kind === 'blobs') return this.own?.points === points;
    return this.generated?.key === JSON.stringify(dataParamsFor(this.config.id, settings));
  }

  get(settings: DemoSettings, points: PointsState | undefined): DemoData {
    const params = dataParamsFor(this.config.id, settings);
    if (points && this.config.data.kind === 'blobs') {
      if (this.own?.points !== points) this.own = { points, data: { ...pointsData(points, this.config.data), params, own: true } };
      return this.own.data;
    }
    const key = JSON.stringify(params);
    if (this.generated?.key !== key) this.generated = { key, data: { ...experimentData(experimentConfig(this.config.id, params)), params } };
    return this.generated.data;
  }
}
