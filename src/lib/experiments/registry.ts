/**
 * Every experiment the site knows, and the constants its figures share. It imports no TF.js,
 * so a page's script and the worker can read it cheaply; running an experiment is
 * runExperiment's job. A new experiment is one config file, listed here.
 */
import { blobs2 } from './blobs2';
import { blobs4 } from './blobs4';
import { circles } from './circles';
import { circlesLinear } from './circlesLinear';
import type { ExperimentConfig, ExperimentId, FigureName } from './ExperimentConfig';
import { moons } from './moons';
import { moonsLinear } from './moonsLinear';
import { regression } from './regression';
import { sine } from './sine';

export const EXPERIMENTS: readonly ExperimentConfig[] = [blobs4, blobs2, regression, moonsLinear, moons, circlesLinear, circles, sine];

export const EXPERIMENT_IDS: readonly ExperimentId[] = EXPERIMENTS.map((c) => c.id);

/** The lesson's decision grid: 100 x 100 points over [-20, 20]^2. */
export const LESSON_GRID = { n: 100, extent: 20 } as const;

/** The decision grid of a classifier: its own when its config has one, the lesson's otherwise. */
export function experimentGrid(config: ExperimentConfig): { n: number; extent: number } {
  return config.grid ?? LESSON_GRID;
}

/** Points on the regression's drawn curve. */
export const CURVE_POINTS = 200;

export function isExperimentId(id: unknown): id is ExperimentId {
  return typeof id === 'string' && EXPERIMENT_IDS.includes(id);
}

/** The config of a known experiment; a RangeError for any other id. */
export function experimentById(id: ExperimentId): ExperimentConfig {
  const config = EXPERIMENTS.find((c) => c.id === id);
  if (!config) throw new RangeError(`Unknown experiment ${String(id)}.`);
  return config;
}

/** The experiment a figure component shows when the page names none: the first that lists it. */
export function defaultExperimentFor(figure: FigureName): ExperimentId {
  const config = EXPERIMENTS.find((c) => c.figures.includes(figure));
  if (!config) throw new RangeError(`No experiment shows the figure ${figure}.`);
  return config.id;
}

/** The downloadable dataset a trainer links: the split for a classifier, the points for a regression. */
export function trainerDatasetId(config: ExperimentConfig): string {
  return config.kind === 'regression' ? config.id : `${config.id}-split`;
}
