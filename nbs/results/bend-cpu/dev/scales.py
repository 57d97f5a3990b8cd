import pickle, sys, numpy as np
import csad.composition as C
from csad.patch_histogram import Mahalanobis
cat, seed = sys.argv[1], sys.argv[2]; idx = [int(x) for x in sys.argv[3].split(',')] if len(sys.argv) > 3 else []
d = pickle.load(open(f'/work/scratch/diag/{cat}-{seed}.pkl', 'rb')); n = d['n_classes']
BL = ('area', 'count', 'shape', 'bend', 'place', 'colour')
X = C.composition(d['tr_maps'], n, None, BL, d['tr'])
f = np.full(X.shape[1], 1e-3); f[n:2*n] = C.COUNT_FLOOR
dd = C._sq_dists(X, X, Mahalanobis('ledoit-wolf', f).fit(X).precision); np.fill_diagonal(dd, np.inf)
D = (X - X[dd.argmin(1)]) / np.sqrt(2); scale = np.sqrt((D ** 2).mean(0))
Q = C.composition(d['te_maps'][idx], n, None, BL, d['te'][idx]) if idx else None
for c in range(n):
    o = 2 * n + 13 * c
    for j, nm in enumerate(['elmax', 'elmin', 'lnmax', 'lnmin', 'bend']):
        k = o + j
        print(f'class {c+1} {nm}: train {X[:,k].min():.3f}..{X[:,k].max():.3f} global sd {X[:,k].std():.4f} within {scale[k]:.4f}' + (f' test {np.round(Q[:,k],3).tolist()}' if idx else ''))
