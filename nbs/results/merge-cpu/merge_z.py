import sys, pickle, numpy as np
sys.argv = ['x', sys.argv[1], sys.argv[2]]
exec(open('merge.py').read().split("cat, seed = sys.argv[1]")[0])
from csad.fusion import trimmed_stats, normalize
cat, seed = sys.argv[1], sys.argv[2]
d = pickle.load(open(f'/work/scratch/diag/{cat}-{seed}.pkl', 'rb')); k = np.array(d['kinds']); g = k == 'good'
for merge in (False, True):
    va, te = scores(d, merge); z = np.asarray(normalize(te, trimmed_stats(va)))
    print(cat, seed, 'merge' if merge else 'base', 'good top z', np.round(np.sort(z[g])[-3:], 1), 'anomaly median z', round(float(np.median(z[~g])), 1))
