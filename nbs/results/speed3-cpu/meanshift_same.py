"""scikit-learn's MeanShift against csad.clustering.mean_shift: labels on 30 random blob sets (random dimension, bandwidth,
seeds) and on the 891 component features of the 60 shared juice_bottle images (the feature cache of a fit) at four
bandwidths, with the seconds of each. Output of the run: meanshift_same.log."""
import numpy as np, time, glob
from sklearn.cluster import MeanShift
from csad.clustering import mean_shift, feature_scale
rng = np.random.default_rng(0)
tot = 0
for trial in range(30):
    d = rng.integers(2, 20); k = rng.integers(2, 8)
    X = np.concatenate([rng.normal(rng.normal(0, 3, d), rng.uniform(0.3, 1.5), (rng.integers(3, 60), d)) for _ in range(k)]).astype(np.float32)
    bw = feature_scale(X) * rng.uniform(0.5, 3)
    seeds = X[::rng.integers(1, 4)]
    a = MeanShift(bandwidth=bw, seeds=seeds).fit_predict(X); b = mean_shift(X, bw, seeds)
    tot += (a != b).sum()
    if (a != b).any(): print('trial', trial, 'differs', (a != b).sum(), len(X), len(np.unique(a)), len(np.unique(b)))
print('random trials: differing labels', tot)
for f in glob.glob('/work/scratch/jb1/jb.csad.work/cache/features-*.npz'):
    z = np.load(f); print(list(z.keys()))
    X = z[list(z.keys())[0]] if 'features' not in z else z['features']
    print(X.shape, X.dtype)
    s = feature_scale(X)
    for m in (1.0, 1.6, 2.2, 2.8):
        t0 = time.time(); a = MeanShift(bandwidth=m * s).fit_predict(X); t1 = time.time(); b = mean_shift(X, m * s); t2 = time.time()
        print(m, 'sklearn', round(t1 - t0, 2), 's ours', round(t2 - t1, 3), 's; same:', (a == b).all(), len(np.unique(a)))
