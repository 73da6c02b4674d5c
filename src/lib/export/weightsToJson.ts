/**
 * The trained model as a JSON file a reader can download and load elsewhere. The kernel keeps
 * Keras' layout (inputs x units, the transpose of the lesson's W), so in Python
 * `layer.set_weights([np.array(kernel), np.array(bias)])` takes it as it is.
 */

export interface DenseWeights {
  /** inputs x units, as Keras' `Dense.kernel`. */
  kernel: number[][];
  bias: number[];
}

/** One epoch of history; extra fields of a richer event (weights...) are ignored. */
export interface HistoryEntry {
  epoch: number;
  loss: number;
  accuracy?: number;
  valLoss?: number;
  valAccuracy?: number;
}

export interface WeightsExport {
  /** Experiment id, e.g. 'blobs4'. */
  experiment: string;
  /** Keras-style name of the Dense layer, e.g. 'wx_b'. */
  layerName?: string;
  weights: DenseWeights;
  settings: Record<string, number | string | boolean>;
  history?: readonly HistoryEntry[];
  test?: { loss: number; accuracy?: number };
  /** Backend the run used, for the record. */
  backend?: string;
}

export const WEIGHTS_FORMAT = 'dl-session-one/dense-weights@1';

export function weightsToJson(input: WeightsExport): string {
  const { kernel, bias } = input.weights;
  const inputs = kernel.length;
  const units = bias.length;
  if (inputs === 0 || units === 0) throw new RangeError('weightsToJson: the kernel and the bias must not be empty');
  kernel.forEach((row, i) => {
    if (row.length !== units) {
      throw new RangeError(`weightsToJson: kernel row ${i} has ${row.length} values, the bias has ${units}`);
    }
  });

  const history = input.history ?? [];
  const doc = {
    format: WEIGHTS_FORMAT,
    experiment: input.experiment,
    ...(input.backend !== undefined ? { backend: input.backend } : {}),
    settings: input.settings,
    layers: [
      {
        name: input.layerName ?? 'dense',
        class_name: 'Dense',
        units,
        input_dim: inputs,
        kernel: { shape: [inputs, units], values: kernel.map((row) => row.map(finiteOrNull)) },
        bias: { shape: [units], values: bias.map(finiteOrNull) },
      },
    ],
    // Keras' History.history shape: one list per metric, one value per epoch.
    history: historyColumns(history),
    ...(input.test !== undefined ? { test: mapValues(input.test) } : {}),
  };
  return JSON.stringify(doc, null, 2);
}

function historyColumns(history: readonly HistoryEntry[]): Record<string, (number | null)[]> {
  const columns: Record<string, (number | null)[]> = {
    epoch: history.map((h) => h.epoch),
    loss: history.map((h) => finiteOrNull(h.loss)),
  };
  const optional: [keyof HistoryEntry, string][] = [
    ['accuracy', 'accuracy'],
    ['valLoss', 'val_loss'],
    ['valAccuracy', 'val_accuracy'],
  ];
  for (const [field, key] of optional) {
    if (history.some((h) => h[field] !== undefined)) {
      columns[key] = history.map((h) => finiteOrNull(h[field]));
    }
  }
  return columns;
}

function mapValues(o: { loss: number; accuracy?: number }): Record<string, number | null> {
  const out: Record<string, number | null> = { loss: finiteOrNull(o.loss) };
  if (o.accuracy !== undefined) out.accuracy = finiteOrNull(o.accuracy);
  return out;
}

// A diverged run has NaN or Infinity; JSON has neither, and null says "no value" plainly.
function finiteOrNull(x: number | undefined): number | null {
  return x !== undefined && Number.isFinite(x) ? x : null;
}
