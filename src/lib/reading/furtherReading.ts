/**
 * The four references every lesson page ends with, in one place so that a page names them by id
 * and a changed address is changed once. They are plain links: nothing is loaded from them.
 */
export type ReadingId = 'cs231n' | 'd2l' | 'keras' | 'tfjs';

export interface Reading {
  id: ReadingId;
  /** The link text: the work's own title. */
  title: string;
  /** Who publishes it, shown after the title. */
  source: string;
  url: string;
  /** One line on what the reader finds there. */
  about: string;
}

export const FURTHER_READING: readonly Reading[] = [
  {
    id: 'cs231n',
    title: 'Linear classification',
    source: "Stanford's CS231n course notes",
    url: 'https://cs231n.github.io/linear-classify/',
    about:
      'the score function Wx + b, weights as templates and hyperplanes, and the softmax classifier with its cross-entropy loss, where this session\'s worked example comes from.',
  },
  {
    id: 'd2l',
    title: 'Softmax regression',
    source: 'Dive into Deep Learning',
    url: 'https://d2l.ai/chapter_linear-classification/softmax-regression.html',
    about:
      'the softmax and cross-entropy derived from maximum likelihood and information theory, with the same gradient p − y and the link to logistic regression.',
  },
  {
    id: 'keras',
    title: 'The Sequential model',
    source: 'Keras guides',
    url: 'https://keras.io/guides/sequential_model/',
    about:
      'how to define a Sequential model layer by layer, declare its input shape, read its summary and get at the weights of each layer.',
  },
  {
    id: 'tfjs',
    title: 'Models and layers',
    source: 'TensorFlow.js guide',
    url: 'https://www.tensorflow.org/js/guide/models_and_layers',
    about:
      "the Layers API these pages' TypeScript uses: tf.sequential, tf.layers.dense, compile, fit and predict, and how it mirrors Keras.",
  },
];

/**
 * All four references, the ones named in `first` leading in that order and the rest after them
 * in their usual order. A page puts the most relevant first; none is ever left out. An unknown or
 * repeated id is a mistake in the page and fails the build with its name.
 */
export function furtherReading(first: readonly string[] = []): Reading[] {
  const byId = new Map(FURTHER_READING.map((r) => [r.id as string, r]));
  const seen = new Set<string>();
  for (const id of first) {
    if (!byId.has(id)) {
      throw new Error(`Unknown further-reading id "${id}"; known: ${[...byId.keys()].join(', ')}.`);
    }
    if (seen.has(id)) throw new Error(`Further-reading id "${id}" is listed twice.`);
    seen.add(id);
  }
  const lead = first.map((id) => byId.get(id) as Reading);
  return [...lead, ...FURTHER_READING.filter((r) => !seen.has(r.id))];
}
