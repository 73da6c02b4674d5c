/**
 * What the pages say about NumPy's sine: through the C library (AVX-512 dispatch off, as the
 * tests' reference runs) it is the site's glibcSin bit for bit; with NumPy's default dispatch it
 * is the same or, on a CPU with AVX-512, at most two units in the last place away.
 */
import { describe, expect, it } from 'vitest';
import { linspace } from '../../src/lib/data/linspace';
import { glibcSin } from '../../src/lib/math/libm/glibcSin';
import { findPython } from '../../tools/findPython';
import { numpyPortable } from '../../tools/numpyPortable';
import { pythonJson } from './support/runPython';

const SCRIPT = 'import json, sys, numpy as np\nx = np.linspace(-20, 20, 1000)\nprint(json.dumps(np.sin(x / 4).tolist()))';
const x = linspace(-20, 20, 1000);
const site = x.map((v) => glibcSin(v / 4));
/** Distance in units of the last place of the site's value. */
const ulps = (a: number, b: number) => Math.abs(a - b) / (Number.EPSILON * 2 ** Math.floor(Math.log2(Math.abs(b))));

describe('NumPy’s sine against the site’s', () => {
  it('is the same bit for bit when NumPy calls the C library', () => {
    const numpy = pythonJson<number[]>(findPython(), SCRIPT, null, numpyPortable());
    expect(numpy).toEqual(site);
  });

  it('is within two units in the last place with NumPy’s default dispatch, on any CPU', () => {
    const numpy = pythonJson<number[]>(findPython(), SCRIPT, null, process.env);
    expect(numpy).toHaveLength(1000);
    expect(Math.max(...numpy.map((v, i) => ulps(v, site[i]!)))).toBeLessThanOrEqual(2);
  });
});
