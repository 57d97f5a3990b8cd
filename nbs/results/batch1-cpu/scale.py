"""The fused score of every stored fit with all three branches (and of the batch-1 LGST of this folder) under other scales
than §3.5's trimmed standard deviation: the standard deviation of all validation scores, (q90 - median) / 1.2816, (max -
mean) / 2 — each at least the trimmed one. Mean image AUROC, %. Run: python scale.py"""
import json, glob, numpy as np
from pathlib import Path
from csad.fusion import trimmed_stats
from csad.metrics import loco_auroc
HERE = Path(__file__).resolve().parent
R = str(HERE.parent) + '/'
files = sorted(glob.glob(R+'seed*-cpu/*scores.json') + glob.glob(R+'tta-cpu/*/*scores.json') + glob.glob(R+'speed-cpu/*scores.json') + glob.glob(R+'speed4-cpu/*new-scores.json') + glob.glob(R+'mirror-cpu/*scores.json'))
BR = ('patch_hist', 'lgst', 'composition')
def scales(v):
    v = np.asarray(v, float); t = trimmed_stats(v); m = t['mean']
    return {'trimmed': (m, t['std']), 'full': (m, max(v.std(), t['std'])), 'q90': (m, max((np.quantile(v, .9) - np.median(v)) / 1.2816, t['std'])),
            'max': (m, max((v.max() - m) / 2., t['std']))}
def fused(d, kind, over=None):
    tot = 0
    for b in BR:
        val, test = (over[b] if over and b in over else (d['val'][b], d['test'][b]))
        m, s = scales(val)[kind]; tot = tot + (np.asarray(test) - m) / s
    return tot
kinds = ('trimmed', 'full', 'q90', 'max'); res = {k: [] for k in kinds}
cases = [(f.replace(R, '').replace('-scores.json', ''), json.load(open(f)), None) for f in files]
for c in ('pins', 'connectors', 'parts'):
    p = HERE/f'{c}-31-v-b1.json'
    if p.exists():
        v = json.load(open(p)); d = json.load(open(HERE/f'{c}-31-scores.json'))
        cases.append((f'b1/{c}-31 (batch 1)', d, {'lgst': (v['lgst_val'], v['lgst_test'])}))
cases = [c for c in cases if all(b in c[1]["val"] for b in BR)]
for name, d, over in cases:
    lab = d['labels']
    r = {k: loco_auroc(fused(d, k, over), lab)['mean'] * 100 for k in kinds}
    for k in kinds: res[k].append(r[k])
    print(f"{name:34s} " + ' '.join(f"{k} {v:5.1f}" for k, v in r.items()))
print('mean', {k: round(np.mean(v), 2) for k, v in res.items()}); print('min', {k: round(np.min(v), 2) for k, v in res.items()})
