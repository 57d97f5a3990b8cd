import pickle, sys, numpy as np
from csad.metrics import loco_auroc, auroc
from csad.fusion import trimmed_stats, normalize
B = ('patch_hist', 'lgst', 'composition')
top = lambda Z, k: np.sort(Z, 0)[-k:].sum(0)
agg = {}
for name in sys.argv[2:]:
    d = pickle.load(open(f'{name}.pkl', 'rb')); lab = np.array(d['labels']); V, T = d['va_scores'], d['te_scores']
    e = np.load(f'np-{name}.npz')
    Z = [normalize(T[b], trimmed_stats(V[b])) for b in B]
    n = normalize(e[f'{sys.argv[1]}_te'], trimmed_stats(e[f'{sys.argv[1]}_va']))
    Z3, Z4 = np.stack(Z), np.stack(Z + [n])
    r = {'NP': n, 'sum3': Z3.sum(0), 'top2/3': top(Z3, 2), 'max3': Z3.max(0), 'sum4': Z4.sum(0), 'top2/4': top(Z4, 2), 'top3/4': top(Z4, 3), 'max4': Z4.max(0)}
    a = {k: 100 * loco_auroc(s, lab)['mean'] for k, s in r.items()}
    for k, v in a.items(): agg.setdefault((name.split('-')[0], k), []).append(v)
    print(f"{name:14s}", ' '.join(f"{k} {v:5.1f}" for k, v in a.items()))
for c in ('pins', 'connectors', 'parts'):
    print(c, ' '.join(f"{k} {np.mean(agg[c, k]):5.1f}/{np.min(agg[c, k]):5.1f}" for k in ('NP', 'sum3', 'top2/3', 'max3', 'sum4', 'top2/4', 'top3/4', 'max4') if (c, k) in agg))
