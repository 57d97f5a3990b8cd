"""Composition branch alone, with variants of its shape block, on cached predicted maps (inspect_shape.py)."""
import sys, pickle, numpy as np, cv2, warnings
warnings.filterwarnings('ignore')
from sklearn.metrics import roc_auc_score
from csad.composition import composition, _pieces, COUNT_FLOOR
from csad.patch_histogram import Mahalanobis
from csad.fusion import trimmed_stats, normalize
def pieces_per_class(m, n):
    out = []
    for c in range(1, n + 1):
        mk = m == c; k, lab = cv2.connectedComponents(mk.astype(np.uint8), connectivity=8)
        ys, xs = np.nonzero(mk); p = _pieces(lab, k, ys, xs, mk.size)
        sol = []
        for j in range(1, k):
            pm = (lab == j).astype(np.uint8)
            a = pm.sum()
            if a < 20 / 256 ** 2 * mk.size: continue
            cs, _ = cv2.findContours(pm, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            hull = cv2.convexHull(np.concatenate(cs)); sol.append(a / max(cv2.contourArea(hull), 1.0))
        out.append((p, np.array(sol)))
    return out
def feats(maps, n, kind, K, S=256.):
    rows = []
    for m in maps:
        r = []
        for c, (p, sol) in enumerate(pieces_per_class(m, n)):
            el = np.log((p[:, 1] + 0.5) / (p[:, 2] + 0.5)) if len(p) else np.zeros(0)
            ln = p[:, 1] / S if len(p) else np.zeros(0)
            if kind == 'maxmin':
                el1, ln1 = (el, ln) if len(p) else (np.zeros(1), np.zeros(1))
                r += [el1.max(), el1.min(), ln1.max(), ln1.min()]
            elif kind in ('sorted', 'sorted+sol'):
                k = K[c]
                for v in ([el, ln, sol] if kind == 'sorted+sol' else [el, ln]):
                    s = np.sort(v)[::-1][:k]; r += list(s) + [0.] * (k - len(s))
            elif kind in ('areas', 'areas+maxmin'):
                k = K[c]; a = np.sort(np.sqrt(p[:, 0]) / S)[::-1][:k] if len(p) else np.zeros(0)
                r += list(a) + [0.] * (k - len(a))
                if kind == 'areas+maxmin':
                    el1, ln1 = (el, ln) if len(p) else (np.zeros(1), np.zeros(1))
                    r += [el1.max(), el1.min(), ln1.max(), ln1.min()]
            elif kind == 'bigcount':
                r += [np.log1p((p[:, 0] >= 0.5 * A[c]).sum() if len(p) else 0)]
            elif kind == 'maxmin+sol':
                el1, ln1, s1 = (el, ln, sol) if len(p) else (np.zeros(1), np.zeros(1), np.ones(1))
                r += [el1.max(), el1.min(), ln1.max(), ln1.min(), s1.max(), s1.min()]
        rows.append(r)
    return np.array(rows, np.float64)
d = pickle.load(open(sys.argv[1], 'rb')); n = d['n']; M = d['maps']; I = d['images']
types = np.array(d['types']); lab = np.array(d['labels'])
base = {k: composition(M[k], n, None, ('area', 'count', 'place', 'colour'), I[k]) for k in M}
counts = np.array([[cv2.connectedComponents((m == c).astype(np.uint8))[0] - 1 for c in range(1, n + 1)] for m in M['train']])
K = np.maximum(np.median(counts, 0).astype(int), 1)
A = []
for c in range(1, n + 1):
    ar = np.concatenate([pp[0][:, 0] for m in M['train'] for pp in [pieces_per_class(m, n)[c - 1]]] or [np.ones(1)])
    A.append(np.median(ar) if len(ar) else 1.)
print('median piece area', [round(a) for a in A])
print('classes', n, 'median train pieces per class', K.tolist())
for kind in sys.argv[2].split(','):
    X = {k: np.concatenate([base[k]] + ([feats(M[k], n, kind, K)] if kind != 'none' else []), 1) for k in M}
    fl = np.full(X['train'].shape[1], 1e-3); fl[n:2 * n] = COUNT_FLOOR
    mh = Mahalanobis('ledoit-wolf', min_std=fl).fit(X['train'])
    st = trimmed_stats(mh(X['val'])); z = normalize(mh(X['test']), st)
    g = z[types == 'good']
    by = {t: roc_auc_score(np.r_[np.zeros(len(g)), np.ones((types == t).sum())], np.r_[g, z[types == t]]) for t in sorted(set(types) - {'good'})}
    la = roc_auc_score(np.r_[np.zeros(len(g)), np.ones((lab == 'logical').sum())], np.r_[g, z[lab == 'logical']])
    sa = roc_auc_score(np.r_[np.zeros(len(g)), np.ones((lab == 'structural').sum())], np.r_[g, z[lab == 'structural']])
    print(f'{kind:12s} mean {100 * (la + sa) / 2:5.1f} (LA {100 * la:5.1f} SA {100 * sa:5.1f}) | ' + ' '.join(f'{t} {100 * v:.0f}' for t, v in by.items()), flush=True)
