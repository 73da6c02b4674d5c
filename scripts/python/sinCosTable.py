"""Prints the sin/cos table of src/lib/math/sinCosTable.ts: for X = k/128, k = 0..109,
sin(X) and cos(X) each as a pair (nearest double, nearest double to the rest), computed
with mpmath at 200 bits. Run: /usr/bin/python3 scripts/python/sinCosTable.py"""
import mpmath
from mpmath.libmp import to_float

mpmath.mp.prec = 200


def nearest(v):
    return to_float(v._mpf_, rnd='n')


def split(v):
    hi = nearest(v)
    return hi, nearest(v - mpmath.mpf(hi))


rows = []
for k in range(110):
    x = mpmath.mpf(k) / 128
    sn, ssn = split(mpmath.sin(x))
    cs, ccs = split(mpmath.cos(x))
    rows.append('  ' + ', '.join(repr(v) for v in (sn, ssn, cs, ccs)) + ',')
print('\n'.join(rows))
