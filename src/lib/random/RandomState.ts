import { glibcLog } from './glibcLog';

const N = 624;
const M = 397;
const MAX_SEED = 0xffffffff;

/**
 * NumPy's legacy `np.random.RandomState`: MT19937 with the same seeding, the same 53-bit
 * doubles, the same polar Gaussian and the same shuffle. Given a seed it produces exactly the
 * numbers NumPy (and therefore scikit-learn) produces, so the lesson's datasets can be rebuilt
 * bit for bit in the browser. See the project's specification of the stream for the details.
 */
export class RandomState {
  private readonly mt = new Uint32Array(N);
  private pos = N;
  private hasGauss = false;
  private gauss = 0;
  private readonly fusedLog: boolean;

  /**
   * `fma` picks the log of glibc's build for CPUs with a fused multiply-add, as NumPy uses on
   * x86-64 with AVX2 and FMA; the default is the build without. The two differ on about one
   * Gaussian pair in 10,000, never on the lesson's datasets.
   */
  constructor(seed: number, options: { fma?: boolean } = {}) {
    this.fusedLog = options.fma ?? false;
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      throw new RangeError(`RandomState seed must be an integer between 0 and 2**32 - 1; got ${seed}`);
    }
    // The reference init_genrand, not numpy's array seeding: numpy uses it for integer seeds.
    const mt = this.mt;
    mt[0] = seed;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
  }

  /** The next raw 32-bit output of MT19937, tempered, as an unsigned integer. */
  nextUint32(): number {
    if (this.pos >= N) this.regenerate();
    let y = this.mt[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A double in [0, 1) with 53 random bits (27 from the first draw, 26 from the second). */
  randomSample(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * One standard normal value by the Marsaglia polar method, as numpy's legacy code does it.
   * Each accepted pair gives two values: numpy returns the one built from the second uniform
   * first and keeps the other for the next call, so the order below is deliberate.
   */
  standardNormal(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      return this.gauss;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.randomSample() - 1;
      x2 = 2 * this.randomSample() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    // glibc's log, not Math.log: they differ in the last bit often enough to change the data.
    const f = Math.sqrt((-2 * glibcLog(r2, this.fusedLog)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /** `size` values uniform on [low, high), each `low + range * u` with the range rounded once. */
  uniform(low: number, high: number, size: number): number[] {
    const range = high - low;
    const out = new Array<number>(size);
    for (let i = 0; i < size; i++) out[i] = low + range * this.randomSample();
    return out;
  }

  /** One normal value with mean `loc` and standard deviation `scale`. */
  normal(loc: number, scale: number): number {
    return loc + scale * this.standardNormal();
  }

  /**
   * An integer in [0, max] by masked rejection: numpy's legacy shuffle uses this, not the
   * unbiased multiply-shift of the newer Generator, so it must be copied exactly.
   */
  randomInterval(max: number): number {
    if (!Number.isInteger(max) || max < 0 || max > MAX_SEED) {
      throw new RangeError(`randomInterval max must be an integer between 0 and 2**32 - 1; got ${max}`);
    }
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let v: number;
    do {
      v = (this.nextUint32() & mask) >>> 0;
    } while (v > max);
    return v;
  }

  /** Shuffles `a` in place, walking i from the end down to 1 as numpy's legacy shuffle does. */
  shuffle<T>(a: T[]): void {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.randomInterval(i);
      const tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
  }

  /** A shuffled copy of [0, 1, ..., n - 1]. */
  permutation(n: number): number[] {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`permutation length must be a non-negative integer; got ${n}`);
    }
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(i);
    this.shuffle(a);
    return a;
  }

  private regenerate(): void {
    const mt = this.mt;
    for (let i = 0; i < N; i++) {
      const y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
      mt[i] = mt[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.pos = 0;
  }
}
