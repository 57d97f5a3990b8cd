import json, glob, pickle, numpy as np, collections
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
R = '/work/main/nbs/results/'
B = ('patch_hist', 'lgst', 'composition')
sets = {}
for f in sorted(glob.glob(R + 'seed*-cpu/*scores.json') + glob.glob(R + 'tta-cpu/*/*scores.json') + glob.glob(R + 'speed-cpu/*scores.json')):
    if 'seed71' in f: continue
    d = json.load(open(f)); sets[f.replace(R, '').replace('-scores.json', '')] = (d['val'], d['test'], d['labels'])
for s in (71, 31, 41):
    for c in ('pins', 'connectors', 'parts'):
        d = pickle.load(open(f'{c}-{s}.pkl', 'rb')); sets[f'now/{c}-{s}'] = (d['va_scores'], d['te_scores'], d['labels'])
rules = {'sum': lambda Z: Z.sum(0), 'top2': lambda Z: np.sort(Z, 0)[-2:].sum(0), 'max': lambda Z: Z.max(0)}
diff = collections.defaultdict(list); above = collections.Counter(); n = collections.Counter()
for k, (V, T, lab) in sets.items():
    Z = np.stack([normalize(T[b], trimmed_stats(V[b])) for b in B]); c = k.split('/')[-1].split('-')[0]
    a = {r: 100 * loco_auroc(f(Z), lab)['mean'] for r, f in rules.items()}
    br = max(100 * loco_auroc(z, lab)['mean'] for z in Z)
    n[c] += 1
    for r in rules:
        diff[c, r].append(a[r] - a['sum']); above[c, r] += a[r] >= 95; above[c, r + '>=br'] += a[r] >= br - 1e-9
for c in ('pins', 'connectors', 'parts'):
    print(c, n[c], ' '.join(f"{r}: d {np.mean(diff[c, r]):+.2f} (min {np.min(diff[c, r]):+.1f}) >=95 {above[c, r]} >=branches {above[c, r + '>=br']}" for r in rules))
