import { linearScale } from '../../../src/lib/plot/linearScale';

/** A figure's frame without axes, for drawing marks with Plot on known scales. */
export const TEST_FRAME = {
  width: 640,
  height: 320,
  marginLeft: 40,
  marginRight: 40,
  marginTop: 20,
  marginBottom: 20,
  x: { domain: [0, 10] },
  y: { domain: [0, 2] },
  axis: null,
};

/** TEST_FRAME's x and y scales. */
export const testX = linearScale([0, 10], [40, 600]);
export const testY = linearScale([0, 2], [300, 20]);
