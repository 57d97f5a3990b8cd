"""A fourth, training-free branch: the most bent single bar of the foreground (all classes) of each label map, z-scored
on validation images, top-2 fused with cap 50. Gate: on only if the training images' bars are straight (q95 < GATE)."""
import pickle, numpy as np, sys, cv2
import csad.composition as C
from csad.composition import CompositionBranch
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
from sklearn.metrics import roc_auc_score
BAR = None
def area_bends(m):
    mk = (m > 0) if BAR is None else np.isin(m, BAR); n, lab = cv2.connectedComponents(mk.astype(np.uint8), connectivity=8); ys, xs = np.nonzero(mk)
    if n < 2: return np.zeros((0, 2))
    l = lab[ys, xs] - 1; a, *_ , major2, minor2 = C._moments(l, n, xs.astype(float), ys.astype(float))
    keep = a >= C.MIN_PIECE * mk.size
    if not keep.any(): return np.zeros((0, 2))
    keep &= (a >= C.BEND_MIN_AREA * np.median(a[keep])) & (np.log((np.sqrt(major2) + 0.5) / (np.sqrt(minor2) + 0.5)) > C.BEND_MIN_ELONGATION)
    b = C._bends(lab, n, ys, xs, mk.size)
    return np.stack([a[keep], b], 1) if len(b) else np.zeros((0, 2))
MODE = sys.argv.pop(1); GATE = float(sys.argv[2]); Q = float(sys.argv[3]); cat = sys.argv[1]
for seed in sys.argv[4:]:
    d = pickle.load(open(f'/work/scratch/diag/{cat}-{seed}.pkl', 'rb'))
    lab = np.array(d['labels']); kinds = np.array(d['kinds']); good = lab == 'good'
    BAR = None
    if MODE == 'bar':
        el = {c: [] for c in range(1, d['n_classes'] + 1)}
        for m in d['tr_maps'][:30]:
            for c in el:
                p = C.piece_stats(m == c)
                el[c] += list(np.log((p[:, 1] + .5) / (p[:, 2] + .5)))
        BAR = [c for c in el if len(el[c]) and np.median(el[c]) > C.BEND_MIN_ELONGATION]
    tr = [area_bends(m) for m in d['tr_maps']]; A = np.concatenate(tr)
    hi = 1.25 * np.quantile(A[:, 0], Q) if Q < 1 else np.inf
    f = lambda ab: ab[ab[:, 0] <= hi, 1].max(initial=0.)
    trs = np.array([f(x) for x in tr]); va = np.array([f(area_bends(m)) for m in d['va_maps']]); te = np.array([f(area_bends(m)) for m in d['te_maps']])
    on = np.quantile(trs, .95) < GATE
    b = CompositionBranch(d['n_classes'], ('area', 'count', 'shape', 'place', 'colour'), scorer='nearest', merge=1.6)
    b.fit(d['tr_maps'], d['va_maps'], train_images=d['tr'], val_images=d['va'])
    cva, cte = b.raw_scores(d['va_maps'], images=d['va']), b.raw_scores(d['te_maps'], images=d['te'])
    zs = [normalize(np.asarray(d['te_scores'][k]), trimmed_stats(np.asarray(d['va_scores'][k]))) for k in ('patch_hist', 'lgst')] + [normalize(cte, trimmed_stats(cva))]
    zb = normalize(te, trimmed_stats(va))
    z3 = np.minimum(np.stack(zs), 50); z4 = np.minimum(np.stack(zs + [zb]), 50)
    f3, f4 = np.sort(z3, 0)[-2:].sum(0), np.sort(z4, 0)[-2:].sum(0)
    au = lambda s: 100 * loco_auroc(s, list(lab))['mean']
    line = f'{seed} bar {BAR} gate q95 {np.quantile(trs, .95):.2f} on={on} | fused3 {au(f3):.2f} fused4 {au(f4) if on else au(f3):.2f} bend alone {au(zb):.2f} | good max z {zb[good].max():.1f}'
    for kk in sorted(set(kinds[~good])):
        m = kinds == kk; y = np.r_[np.zeros(good.sum()), np.ones(m.sum())]
        r = lambda s: 100 * roc_auc_score(y, np.r_[s[good], s[m]])
        line += f' | {kk[:6]} {r(f3):.0f}->{r(f4 if on else f3):.0f}'
    print(line, flush=True)
