import pickle, sys, numpy as np, cv2
from csad.metrics import auroc, loco_auroc
from csad.fusion import trimmed_stats, normalize
from csad.composition import composition, NearestNormal, COUNT_FLOOR
BL = ('area', 'count', 'shape', 'place', 'colour')
def piece_rows(m, c):
    mk = (m == c).astype(np.uint8)
    k, lab, st, cen = cv2.connectedComponentsWithStats(mk, connectivity=8)
    rows = []
    for i in range(1, k):
        if st[i, 4] < 20: continue
        ys, xs = np.nonzero(lab == i)
        C = np.cov(np.stack([xs, ys]).astype(float)); ev = np.sqrt(np.maximum(np.linalg.eigvalsh(C), 0))
        rows.append([np.sqrt(st[i, 4]), np.log((ev[1] + .5) / (ev[0] + .5)), ev[1], ev[0]])
    return np.array(rows).reshape(-1, 4)
class KNNOut:
    "each piece's distance (robust-scaled) to the nearest training piece of its class in another image; max per class"
    def __init__(self, cols=(0, 1, 2, 3)): self.cols = list(cols)
    def fit(self, maps, n):
        self.n = n; self.ref = []; self.train_blocks = []
        per = [[piece_rows(m, c)[:, self.cols] for m in maps] for c in range(1, n + 1)]
        for c in range(n):
            T = np.concatenate(per[c]); owner = np.concatenate([np.full(len(p), i) for i, p in enumerate(per[c])])
            med = np.median(T, 0); s = np.subtract(*np.percentile(T, [75, 25], 0)) / 1.349
            s = np.maximum(s, 0.05 * np.abs(med) + 1e-3); self.ref.append((T, owner, med, s))
        return self
    def block(self, m, skip=-1):
        r = []
        for c in range(self.n):
            T, owner, med, s = self.ref[c]; F = piece_rows(m, c + 1)[:, self.cols]
            if not len(F): r.append(0.); continue
            D = np.sqrt((((F[:, None] - T[None]) / s) ** 2).sum(-1)); D[:, owner == skip] = np.inf
            r.append(D.min(1).max())
        return r
    def __call__(self, maps, train=False):
        return np.array([self.block(m, i if train else -1) for i, m in enumerate(maps)])
class Outliers:
    def fit(self, maps, n):
        self.n = n; self.ref = []
        for c in range(1, n + 1):
            T = np.concatenate([piece_rows(m, c) for m in maps])
            med = np.median(T, 0); iqr = np.subtract(*np.percentile(T, [75, 25], 0)) / 1.349
            self.ref.append((med, np.maximum(iqr, 0.05 * np.abs(med) + 1e-3)))
        return self
    def __call__(self, maps):
        out = []
        for m in maps:
            r = []
            for c in range(1, self.n + 1):
                F = piece_rows(m, c); med, s = self.ref[c - 1]
                r += list(np.abs((F - med) / s).max(0)) if len(F) else [0.] * 4
            out.append(r)
        return np.array(out)
def comp_fit(d, extra=None):
    n = d['n_classes']
    X = lambda k: np.concatenate([composition(d[k + '_maps'], n, None, BL, d[k]), *( [extra(d[k + '_maps'], *( [True] if k == 'tr' and isinstance(extra, KNNOut) else []))] if extra else [])], 1)
    Xt = X('tr'); f = np.full(Xt.shape[1], 1e-3); f[n:2 * n] = COUNT_FLOOR
    nn = NearestNormal(1, f).fit(Xt)
    return nn(X('va')), nn(X('te'))
res = {}
for name in sys.argv[1:]:
    d = pickle.load(open(f'{name}.pkl', 'rb')); lab = d['labels']; kinds = np.array(d['kinds'])
    V, T = d['va_scores'], d['te_scores']
    z = {b: (normalize(T[b], trimmed_stats(V[b]))) for b in T}
    o = Outliers().fit(d['tr_maps'], d['n_classes'])
    ov, ot = o(d['va_maps']).sum(1), o(d['te_maps']).sum(1)
    z['pieces'] = normalize(ot, trimmed_stats(ov))
    cv, ct = comp_fit(d); z['comp_re'] = normalize(ct, trimmed_stats(cv))
    cv, ct = comp_fit(d, o); z['comp+out'] = normalize(ct, trimmed_stats(cv))
    k = KNNOut().fit(d['tr_maps'], d['n_classes']); cv, ct = comp_fit(d, k); z['comp+knn'] = normalize(ct, trimmed_stats(cv))
    k = KNNOut((1, 2)).fit(d['tr_maps'], d['n_classes']); cv, ct = comp_fit(d, k); z['comp+knn2'] = normalize(ct, trimmed_stats(cv))
    base = z['patch_hist'] + z['lgst']
    rows = {'PH': z['patch_hist'], 'LGST': z['lgst'], 'comp': z['composition'], 'comp_re': z['comp_re'], 'pieces': z['pieces'], 'comp+out': z['comp+out'],
            'fused': base + z['composition'], 'fused+pieces': base + z['composition'] + z['pieces'], 'fused(comp+out)': base + z['comp+out'], 'comp+knn': z['comp+knn'], 'fused(comp+knn)': base + z['comp+knn'], 'comp+knn2': z['comp+knn2'], 'fused(comp+knn2)': base + z['comp+knn2']}
    print(name)
    for k, s in rows.items():
        a = loco_auroc(s, lab); g = s[kinds == 'good']
        bt = ' '.join(f"{t[:8]}={100 * auroc(g, s[kinds == t]):.0f}" for t in sorted(set(kinds) - {'good'}))
        print(f"  {k:16s} {100 * a['mean']:5.1f} ({100 * a['logical']:.0f}/{100 * a['structural']:.0f})  {bt}")
