import { readFileSync } from 'node:fs';
import { findPython } from '../../../tools/findPython';
import { numpyPortable } from '../../../tools/numpyPortable';
import { pythonFileJson } from './runPython';

export interface DatasetCase {
  kind: 'moons' | 'circles';
  n: number | [number, number];
  noise: number | null;
  seed: number;
  shuffle: boolean;
  factor: number;
}

export interface Reference {
  datasets: { X: Float64Array; y: number[] }[];
  trig: { t: Float64Array; cos: Float64Array; sin: Float64Array }[];
  points: { cos: Float64Array; sin: Float64Array };
  log: Float64Array;
  normals: Float64Array[];
}

export interface Request {
  datasets?: DatasetCase[];
  trig?: [number, number, number, boolean][];
  points?: number[];
  logPoints?: number[];
  normals?: [number, number][];
}

/**
 * glibc picks its sin and cos built with fused multiply-adds when the CPU has both AVX2 and
 * FMA, so NumPy's own results depend on the machine: this is which build the installed NumPy
 * uses here by default.
 */
export function cpuUsesFma(): boolean {
  const flags = new Set((/^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? '').trim().split(/\s+/));
  return flags.has('fma') && flags.has('avx2');
}

const decode = (b64: string): Float64Array => {
  const bytes = Buffer.from(b64, 'base64');
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
};

const encode = (values: number[]): string => Buffer.from(new Float64Array(values).buffer).toString('base64');

/**
 * scikit-learn's and NumPy's answers to `request`, from Debian's python3 (see
 * sklearnTwoClass.py), computed with glibc's FMA build of sin and cos (`fma` true, possible only
 * on a CPU that has it) or with the build without, which glibc's tunables can force anywhere.
 */
export function sklearnReference(request: Request, fma: boolean): Reference {
  if (fma && !cpuUsesFma()) throw new Error('This CPU has no AVX2 + FMA, so NumPy cannot give the FMA results here');
  // NumPy's own AVX-512 code off, so it calls the C library's build chosen here.
  const env = fma ? numpyPortable() : { ...numpyPortable(), GLIBC_TUNABLES: 'glibc.cpu.hwcaps=-AVX2,-FMA' };
  type Raw = {
    datasets: { X: string; y: number[] }[];
    trig: Record<'t' | 'cos' | 'sin', string>[];
    points: Record<'cos' | 'sin', string>;
    log: string;
    normals: string[];
  };
  const input = { ...request, points: encode(request.points ?? []), logPoints: encode(request.logPoints ?? []) };
  const raw = pythonFileJson<Raw>(findPython(), 'sklearnTwoClass.py', input, env);
  return {
    datasets: raw.datasets.map((d) => ({ X: decode(d.X), y: d.y })),
    trig: raw.trig.map((t) => ({ t: decode(t.t), cos: decode(t.cos), sin: decode(t.sin) })),
    points: { cos: decode(raw.points.cos), sin: decode(raw.points.sin) },
    log: decode(raw.log),
    normals: raw.normals.map(decode),
  };
}

/** The builds NumPy can be made to use on this machine: always the plain one, and FMA if the CPU has it. */
export function availableBuilds(): boolean[] {
  return cpuUsesFma() ? [true, false] : [false];
}
