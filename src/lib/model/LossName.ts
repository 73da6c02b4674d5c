/** The two losses of the lesson, named as Keras names them. */
export type LossName = 'categoricalCrossentropy' | 'meanSquaredError';
