"""The library's CompositionBranch (merge 0 and 1.6) on the cached label maps, fused with the same fits' stored PH and LGST scores."""
import pickle, json, sys, os.path as op, numpy as np
from csad.composition import CompositionBranch
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
cat, seed = sys.argv[1], sys.argv[2]
d = pickle.load(open(f'/work/scratch/diag/{cat}-{seed}.pkl', 'rb'))
for jp in (f'/work/main/nbs/results/top2-cpu/dev/{cat}-{seed}-scores.json', f'/work/main/nbs/results/bend-cpu/{cat}-{seed}-scores.json'):
    if op.exists(jp): js = json.load(open(jp)); break
else: js = dict(val={k: np.asarray(v).tolist() for k, v in d['va_scores'].items()}, test={k: np.asarray(v).tolist() for k, v in d['te_scores'].items()}, labels=list(d['labels']))
res = {}
for merge in (0., 1.6):
    b = CompositionBranch(d['n_classes'], ('area', 'count', 'shape', 'place', 'colour'), scorer='nearest', merge=merge)
    b.fit(d['tr_maps'], d['va_maps'], train_images=d['tr'], val_images=d['va'])
    va, te = b.raw_scores(d['va_maps'], images=d['va']), b.raw_scores(d['te_maps'], images=d['te'])
    zs = [normalize(js['test'][k], trimmed_stats(js['val'][k])) for k in ('patch_hist', 'lgst')] + [normalize(te, trimmed_stats(va))]
    fused = np.sort(np.minimum(np.stack(zs), 50), 0)[-2:].sum(0)
    res[merge] = (round(100 * loco_auroc(fused, js['labels'])['mean'], 2), round(100 * loco_auroc(zs[2], js['labels'])['mean'], 2))
print(cat, seed, 'fused %.2f -> %.2f   comp %.2f -> %.2f' % (res[0.][0], res[1.6][0], res[0.][1], res[1.6][1]), flush=True)
