import pickle, json, sys, numpy as np, cv2
import csad.composition as C
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc

def piece_bend(lab, n, ys, xs, size, mode):
    "Per kept piece: sagitta of a parabola fitted along its main axis, in units of its thickness."
    if n < 2: return np.zeros(0)
    l = lab[ys, xs] - 1; s = lambda w: np.bincount(l, w, minlength=n - 1)
    a = s(None); x, y = xs.astype(np.float64), ys.astype(np.float64)
    mx, my = s(x) / a, s(y) / a
    cxx, cyy, cxy = s(x * x) / a - mx ** 2, s(y * y) / a - my ** 2, s(x * y) / a - mx * my
    th = 0.5 * np.arctan2(2 * cxy, cxx - cyy)                 # main axis angle
    c, sn = np.cos(th)[l], np.sin(th)[l]
    dx, dy = x - mx[l], y - my[l]
    u, v = dx * c + dy * sn, -dx * sn + dy * c
    M = np.stack([s(u ** k) for k in range(5)], 1)            # sums of u^0..u^4
    r = np.stack([s(v * u ** k) for k in range(3)], 1)
    A = np.stack([M[:, [4, 3, 2]], M[:, [3, 2, 1]], M[:, [2, 1, 0]]], 1)   # normal equations for v = p u^2 + q u + r
    A = A + 1e-9 * np.eye(3)
    p = np.linalg.solve(A, r[:, [2, 1, 0]][..., None])[:, 0, 0]
    major2 = np.maximum((cxx + cyy) / 2 + np.sqrt(((cxx - cyy) / 2) ** 2 + cxy ** 2), 0)
    sag = np.abs(p) * 3 * major2                                # |p| (L/2)^2, L = sqrt(12) major
    L = np.sqrt(12 * major2); thick = a / np.maximum(L, 1)
    keep = a >= C.MIN_PIECE * size
    if GATE and keep.sum(): keep &= a <= GATE * np.median(a[keep])
    if LOW and keep.sum(): keep &= a >= LOW * np.median(a[keep])
    minor = np.sqrt(np.maximum((cxx + cyy) / 2 - np.sqrt(((cxx - cyy) / 2) ** 2 + cxy ** 2), 0))
    if ELMIN: keep &= np.log((np.sqrt(major2) + .5) / (minor + .5)) > ELMIN
    val = {'px': sag, 'rel': sag / np.maximum(thick, 1), 'logrel': np.log1p(sag / np.maximum(thick, 1)), 'len': sag / np.maximum(L, 1)}[mode]
    return val[keep]

def extra(maps, n_classes, mode):
    out = []
    for m in maps:
        row = []
        for c in range(1, n_classes + 1):
            mk = m == c; n, lab = cv2.connectedComponents(mk.astype(np.uint8), connectivity=8)
            ys, xs = np.nonzero(mk); b = piece_bend(lab, n, ys, xs, mk.size, mode)
            row.append(b.max() if len(b) else 0.)
        out.append(row)
    return np.array(out)

import os
GATE = float(os.environ.get('GATE', 0)); LOW = float(os.environ.get('LOW', 0)); STRAIGHT = float(os.environ.get('STRAIGHT', 0)); ELMIN = float(os.environ.get('ELMIN', 0))
BL = ('area', 'count', 'shape', 'place', 'colour')
def comp_scores(d, mode):
    n = d['n_classes']
    bl = BL + ('bend',) if mode == 'lib' else BL
    X = lambda k: C.composition(d[k + '_maps'], n, None, bl, d[k])
    Xtr, Xva, Xte = X('tr'), X('va'), X('te')
    if mode and mode != 'lib':
        Xtr, Xva, Xte = [np.concatenate([A, extra(d[k + '_maps'], n, mode)], 1) for A, k in ((Xtr, 'tr'), (Xva, 'va'), (Xte, 'te'))]
    br = C.CompositionBranch(n, BL, scorer='nearest')
    f = np.full(Xtr.shape[1], 1e-3); f[n:2 * n] = C.COUNT_FLOOR
    if mode == 'lib' and STRAIGHT:
        for c in range(n):
            k = 2 * n + 13 * c + 4
            if Xtr[:, k].max() > STRAIGHT: f[k] = 1e3
    sc = C.NearestNormal(1, f).fit(Xtr)
    return sc(Xva), sc(Xte)

if __name__ == '__main__':
    cat, seed, modes = sys.argv[1], sys.argv[2], sys.argv[3:]
    d = pickle.load(open(f'/work/scratch/diag/{cat}-{seed}.pkl', 'rb'))
    import os.path as op; jp = f'/work/main/nbs/results/top2-cpu/dev/{cat}-{seed}-scores.json'
    jp2 = f'/work/main/nbs/results/bend-cpu/{cat}-{seed}-scores.json'
    if op.exists(jp) or op.exists(jp2): js = json.load(open(jp if op.exists(jp) else jp2))
    else: js = dict(val={k: np.asarray(v).tolist() for k, v in d['va_scores'].items()}, test={k: np.asarray(v).tolist() for k, v in d['te_scores'].items()},
                    labels=list(d['labels']), types=[str(t) for t in d['kinds']])
    lab = js['labels']; kinds = np.array(js['types'])
    res = {}
    for mode in [''] + modes:
        va, te = comp_scores(d, mode)
        zs = {b: normalize(js['test'][b], trimmed_stats(js['val'][b])) for b in ('patch_hist', 'lgst')}
        zs['composition'] = normalize(te, trimmed_stats(va))
        Z = np.minimum(np.stack(list(zs.values())), 50); fused = np.sort(Z, 0)[-2:].sum(0)
        a = loco_auroc(fused, lab); ac = loco_auroc(zs['composition'], lab)
        by = {t: round(100 * loco_auroc(np.concatenate([fused[kinds == 'good'], fused[kinds == t]]), ['good'] * (kinds == 'good').sum() + ['x'] * (kinds == t).sum())['mean'] if False else 0, 1) for t in []}
        res[mode or 'base'] = dict(fused=round(100 * a['mean'], 2), comp=round(100 * ac['mean'], 2), la=round(100*a['logical'],1), sa=round(100*a['structural'],1))
        if not mode:
            stored = normalize(js['test']['composition'], trimmed_stats(js['val']['composition']))
            res['check_max_abs_diff'] = float(np.abs(np.asarray(stored) - zs['composition']).max())
    print(cat, seed, json.dumps(res))
