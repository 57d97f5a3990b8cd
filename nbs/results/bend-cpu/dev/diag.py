import sys, json, pickle, numpy as np
from proto import comp_scores
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
cat, seed, mode = sys.argv[1], sys.argv[2], sys.argv[3]
d = pickle.load(open(f'/work/scratch/diag/{cat}-{seed}.pkl', 'rb'))
js = json.load(open(f'/work/main/nbs/results/top2-cpu/dev/{cat}-{seed}-scores.json'))
k = np.array(js['types'])
for md in ('', mode):
    va, te = comp_scores(d, md); z = np.array(normalize(te, trimmed_stats(va)))
    zs = [np.minimum(normalize(js['test'][b], trimmed_stats(js['val'][b])), 50) for b in ('patch_hist', 'lgst')] + [np.minimum(z, 50)]
    f = np.sort(np.stack(zs), 0)[-2:].sum(0)
    print(md or 'base', 'good comp z top:', np.round(np.sort(z[k == 'good'])[-4:], 1), 'good fused top', np.round(np.sort(f[k=='good'])[-4:],1))
    for t in sorted(set(k) - {'good'}):
        m = (k == t) | (k == 'good'); lab = ['good' if x == 'good' else 'logical_anomalies' for x in k[m]]
        from sklearn.metrics import roc_auc_score
        print('   ', t, 'comp %.0f' % (100 * roc_auc_score(k[m] != 'good', z[m])), 'fused %.0f' % (100 * roc_auc_score(k[m] != 'good', f[m])))
