"""Reference values for the moons, circles and sin/cos tests, from the installed NumPy and
scikit-learn. Reads JSON on stdin:
  {"datasets": [{"kind": "moons" | "circles", "n": int | [int, int], "noise": float | null,
                 "seed": int, "shuffle": bool, "factor": float}],
   "trig": [[start, stop, num, endpoint], ...], "points": base64 float64,
   "logPoints": base64 float64, "normals": [[seed, count], ...]}
and prints JSON with every float array as base64 of its little-endian float64 bytes, which
carries each double exactly."""
import base64
import json
import sys

import numpy as np
from sklearn.datasets import make_circles, make_moons


def pack(a):
    return base64.b64encode(np.ascontiguousarray(a, dtype='<f8').tobytes()).decode('ascii')


def dataset(case):
    n = case['n'] if isinstance(case['n'], int) else tuple(case['n'])
    kwargs = dict(n_samples=n, shuffle=case['shuffle'], noise=case['noise'], random_state=case['seed'])
    if case['kind'] == 'circles':
        X, y = make_circles(factor=case['factor'], **kwargs)
    else:
        X, y = make_moons(**kwargs)
    return {'X': pack(X), 'y': y.tolist()}


def trig(start, stop, num, endpoint):
    t = np.linspace(start, stop, num, endpoint=endpoint)
    return {'t': pack(t), 'cos': pack(np.cos(t)), 'sin': pack(np.sin(t))}


request = json.load(sys.stdin)
points = np.frombuffer(base64.b64decode(request.get('points', '')), dtype='<f8')
log_points = np.frombuffer(base64.b64decode(request.get('logPoints', '')), dtype='<f8')
json.dump({
    'datasets': [dataset(c) for c in request.get('datasets', [])],
    'trig': [trig(*t) for t in request.get('trig', [])],
    'points': {'cos': pack(np.cos(points)), 'sin': pack(np.sin(points))},
    'log': pack(np.log(log_points)),
    'normals': [pack(np.random.RandomState(seed).standard_normal(count)) for seed, count in request.get('normals', [])],
}, sys.stdout)
