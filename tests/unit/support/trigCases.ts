import { RandomState } from '../../../src/lib/random/RandomState';
import type { Request } from './sklearnReference';

/**
 * The arguments the sin and cos tests send to NumPy: every grid make_moons and make_circles use
 * for 1..300 points and some large ones, odd sizes included, and seeded random points from
 * tiny to 1e7, either sign, and just around the library's range boundaries up to 105414336.
 */
export function trigCases(): Request {
  const sizes = [...Array.from({ length: 300 }, (_, i) => i + 1), 999, 1000, 1001, 4000, 20001];
  const trig = sizes.flatMap((n): [number, number, number, boolean][] => [
    [0, Math.PI, n, true],
    [0, 2 * Math.PI, n, false],
  ]);
  const rng = new RandomState(2024);
  const boundaries = [2 ** -27, 2 ** -26, 0.126, 0.855469, 2.426265, Math.PI / 2, Math.PI];
  const points = [
    ...rng.uniform(-10, 10, 20000),
    ...rng.uniform(-1e7, 1e7, 5000),
    ...rng.uniform(-1e-7, 1e-7, 2000),
    ...boundaries.flatMap((b) => rng.uniform(b * (1 - 1e-6), b * (1 + 1e-6), 500)),
    // Just below 105414336, where the library's cheap reduction by π/2 ends.
    ...rng.uniform(105414300, 105414335.9, 500),
    0, -0, 1, -1,
  ];
  return { trig, points };
}
