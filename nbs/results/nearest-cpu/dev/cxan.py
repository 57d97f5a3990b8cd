import json, sys, glob
import numpy as np
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from csad.patch_histogram import Mahalanobis
from csad.composition import COUNT_FLOOR
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc, auroc
R = str(__import__('pathlib').Path(__file__).resolve().parents[2]) + '/'
STORED = {('connectors', 5): 'tta-cpu/seed5/connectors-5', ('pins', 5): 'tta-cpu/seed5/pins-5', ('connectors', 61): 'seed61-cpu/connectors-61',
          ('parts', 11): 'tta-cpu/seed11/parts-11', ('parts', 5): 'tta-cpu/seed5/parts-5', ('pins', 61): 'seed61-cpu/pins-61', ('parts', 61): 'seed61-cpu/parts-61',
          ('connectors', 99): 'seed99-cpu/connectors-99', ('pins', 99): 'seed99-cpu/pins-99', ('parts', 99): 'seed99-cpu/parts-99'}
def floors(d, n):
    f = np.full(d, 1e-3); f[n:2 * n] = COUNT_FLOOR; return f
def knn_scorer(Xtr, n, k, whiten='lw'):
    m = Mahalanobis(min_std=floors(Xtr.shape[1], n)).fit(Xtr)
    L = np.linalg.cholesky(m.precision + 1e-12 * np.eye(len(m.precision)))   # P = L L^T -> distance ||(x - y) L||
    T = (Xtr - m.mean) @ L
    def s(X, self_excl=False):
        Y = (np.asarray(X) - m.mean) @ L
        d = np.sqrt(((Y[:, None] - T[None]) ** 2).sum(-1))
        if self_excl: d[np.arange(len(d)), np.arange(len(d))] = np.inf
        return np.sort(d, 1)[:, :k].mean(1)
    return s
def knn_local(Xtr, n, k, full=False, iters=1):
    "kNN distance in a metric whose scale is the spread between each training descriptor and its nearest neighbour (within-mode)."
    m = Mahalanobis(min_std=floors(Xtr.shape[1], n)).fit(Xtr); P = m.precision; fl = floors(Xtr.shape[1], n)
    for _ in range(iters):
        L = np.linalg.cholesky(P); T = Xtr @ L
        d = ((T[:, None] - T[None]) ** 2).sum(-1); np.fill_diagonal(d, np.inf); nn = d.argmin(1)
        D = (Xtr - Xtr[nn]) / np.sqrt(2)
        if full:
            from sklearn.covariance import LedoitWolf
            sc = np.maximum(np.sqrt((D ** 2).mean(0)), fl)
            P = LedoitWolf(assume_centered=True).fit(D / sc).precision_ / np.outer(sc, sc)
        else:
            P = np.diag(1 / np.maximum(np.sqrt((D ** 2).mean(0)), fl) ** 2)
    L = np.linalg.cholesky(P); T = Xtr @ L
    def s(X):
        Y = np.asarray(X) @ L; d = np.sqrt(((Y[:, None] - T[None]) ** 2).sum(-1))
        return np.sort(d, 1)[:, :k].mean(1)
    return s
def run(cat, seed):
    z = np.load(os.path.join(os.path.dirname(os.path.abspath(__file__)), f'cx-{cat}-{seed}.npz')); n = int(z['n_classes']); lab = z['labels']
    st = json.load(open(R + STORED[cat, seed] + '-scores.json'))
    # check reproduction
    for b in ('patch_hist', 'composition'):
        print(cat, seed, b, 'max |diff| vs stored test', np.abs(np.asarray(st['test'][b]) - z[f'test_{b}']).max())
    Z = lambda v, val: normalize(v, trimmed_stats(val))
    lg = Z(st['test']['lgst'], st['val']['lgst']); ph = Z(z['test_patch_hist'], z['val_patch_hist'])
    Xtr = z['X_train']
    res = {}
    maha = Mahalanobis(min_std=floors(Xtr.shape[1], n)).fit(Xtr)
    variants = {'maha': maha}
    from nn2 import NN2
    variants['knn1'] = knn_scorer(Xtr, n, 1)
    for k in (1, 3): variants[f'near{k}'] = NN2(k, floors(Xtr.shape[1], n)).fit(Xtr)
    variants['near1-nofix'] = NN2(1, floors(Xtr.shape[1], n), fix=False).fit(Xtr)
    for name, f in variants.items():
        v, t, l = f(z['X_val']), f(z['X_test']), f(z['X_lsa'])
        co = Z(t, v)
        a_co, a_f = loco_auroc(co, lab), loco_auroc(ph + lg + co, lab)
        res[name] = (a_co, a_f, auroc(v, l))
        ty = np.array(st['types']); g = ty == 'good'
        bt = ' '.join(f"{u[:8]} {auroc(co[g], co[ty == u])*100:.0f}/{auroc((ph+lg+co)[g], (ph+lg+co)[ty == u])*100:.0f}" for u in sorted(set(ty) - {'good'}))
        print(f"  {name:6s} comp {a_co['mean']*100:5.1f} ({a_co['logical']*100:.0f}/{a_co['structural']*100:.0f})  fused {a_f['mean']*100:5.1f} ({a_f['logical']*100:.0f}/{a_f['structural']*100:.0f})  val-vs-LSA {auroc(v, l)*100:.1f} | {bt}")
    return res
if __name__ == '__main__':
    for a in sys.argv[1:]:
        c, s = a.split(':'); run(c, int(s))
