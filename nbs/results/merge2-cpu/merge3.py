"""Merge-aware count and shape blocks (prototype): a piece of class c larger than M x the class's typical piece (median
training piece) counts as round(area / typical) pieces and is left out of the shape statistics."""
import pickle, json, sys, os, numpy as np, cv2
import csad.composition as C
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
M = float(os.environ.get('M', 1.6)); IMPUTE = int(os.environ.get('IMPUTE', 1))
def pieces(m, c):
    mk = m == c; n, lab = cv2.connectedComponents(mk.astype(np.uint8), connectivity=8)
    ys, xs = np.nonzero(mk); return n - 1, C._pieces(lab, n, ys, xs, mk.size)
def typical(maps, n):
    "Each class's typical piece: the median area of its pieces over the training maps (0 if it has none)."
    out = []
    for c in range(1, n + 1):
        a = np.concatenate([pieces(m, c)[1][:, 0] for m in maps])
        out.append(float(np.median(a)) if len(a) else 0.)
    return out
MED = {}
def desc(maps, images, n, T, merge=True):
    S = float(maps.shape[1]); A = C.composition(maps, n, None, ('area',)); PC = C.composition(maps, n, None, ('place', 'colour'), images)
    rows = []
    for m in maps:
        cnt, shp = [], []
        for c in range(1, n + 1):
            k, p = pieces(m, c)
            if merge and len(p) and T[c - 1] > 0:
                big = p[:, 0] > M * T[c - 1]
                k = k + int(sum(max(0, round(a / T[c - 1]) - 1) for a in p[big, 0])); p = p[~big]
            cnt.append(np.log1p(k))
            el = np.log((p[:, 1] + 0.5) / (p[:, 2] + 0.5)) if len(p) else np.zeros(1); ln = p[:, 1] / S if len(p) else np.zeros(1)
            v = [el.max(), el.min(), ln.max(), ln.min()]
            if merge and IMPUTE and not len(p) and k > 0 and c in MED: v = MED[c]
            shp += v
        rows.append(cnt + shp)
    return np.concatenate([A, np.array(rows), PC], 1)
def scores(d, merge):
    n = d['n_classes']; T = typical(d['tr_maps'], n)
    MED.clear()
    if merge and IMPUTE:
        Xt = desc(d['tr_maps'], d['tr'], n, T, True)
        for c in range(1, n + 1): MED[c] = list(np.median(Xt[:, 2 * n + 4 * (c - 1): 2 * n + 4 * c], 0))
    X = [desc(d[k + '_maps'], d[k], n, T, merge) for k in ('tr', 'va', 'te')]
    f = np.full(X[0].shape[1], 1e-3); f[n:2 * n] = C.COUNT_FLOOR
    s = C.NearestNormal(1, f).fit(X[0]); return s(X[1]), s(X[2])
cat, seed = sys.argv[1], sys.argv[2]
d = pickle.load(open(f'/work/scratch/diag/{cat}-{seed}.pkl', 'rb'))
import os.path as op
for jp in (f'/work/main/nbs/results/top2-cpu/dev/{cat}-{seed}-scores.json', f'/work/main/nbs/results/bend-cpu/{cat}-{seed}-scores.json'):
    if op.exists(jp): js = json.load(open(jp)); break
else: js = dict(val={k: np.asarray(v).tolist() for k, v in d['va_scores'].items()}, test={k: np.asarray(v).tolist() for k, v in d['te_scores'].items()}, labels=list(d['labels']))
res = {}
for merge in (False, True):
    va, te = scores(d, merge)
    zs = [normalize(js['test'][b], trimmed_stats(js['val'][b])) for b in ('patch_hist', 'lgst')] + [normalize(te, trimmed_stats(va))]
    fused = np.sort(np.minimum(np.stack(zs), 50), 0)[-2:].sum(0)
    gz = np.sort(zs[2][np.array(js['labels']) == 'good'])[-3:]; res['merge' if merge else 'base'] = dict(goodz=np.round(gz, 1).tolist(), fused=round(100 * loco_auroc(fused, js['labels'])['mean'], 2), comp=round(100 * loco_auroc(zs[2], js['labels'])['mean'], 2))
print(cat, seed, json.dumps(res), flush=True)
