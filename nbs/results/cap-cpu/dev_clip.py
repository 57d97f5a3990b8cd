import json, glob, numpy as np, collections
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
R = '/work/main/nbs/results/'
B = ('patch_hist', 'lgst', 'composition')
fs = [p for p in sorted(glob.glob(R + 'seed*-cpu/*-scores.json')) + sorted(glob.glob(R + 'tta-cpu/*/*-scores.json')) + sorted(glob.glob(R + 'speed-cpu/*-scores.json'))
      + sorted(glob.glob(R + 'top2-cpu/dev/*-scores.json')) + sorted(glob.glob(R + 'top2-cpu/*-83-scores.json')) if 'seed71-cpu' not in p]
top2 = lambda Z: np.sort(Z, 0)[-2:].sum(0)
res = collections.defaultdict(list)
for p in fs:
    d = json.load(open(p)); c = p.split('/')[-1].split('-')[0]
    Z = np.stack([normalize(d['test'][b], trimmed_stats(d['val'][b])) for b in B])
    row = {}
    for cl in (np.inf, 50, 20, 10, 5):
        row[cl] = 100 * loco_auroc(top2(np.minimum(Z, cl)), d['labels'])['mean']
    lz = np.sign(Z) * np.log1p(np.abs(Z)); row['log'] = 100 * loco_auroc(top2(lz), d['labels'])['mean']
    for k, v in row.items(): res[c, k].append(v - row[np.inf])
    print(f"{p.replace(R, ''):40s}", ' '.join(f"{k}:{v:.1f}" for k, v in row.items()))
for c in ('pins', 'connectors', 'parts'):
    print(c, ' '.join(f"{k}: {np.mean(res[c, k]):+.2f} ({np.min(res[c, k]):+.2f}/{np.max(res[c, k]):+.2f})" for k in (50, 20, 10, 5, 'log')))
