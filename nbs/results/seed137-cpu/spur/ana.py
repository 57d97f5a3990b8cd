import sys, numpy as np
from proto import bends
from csad.pipeline import CSAD
from csad.metrics import auroc
cat = sys.argv[1]; z = np.load(f'{cat}-maps.npz'); bb = CSAD.load(f'{cat}137.csad').bent_bar
ty = z['ty']
def raw(maps, mode, k):
    r = []
    for mp in maps:
        ab = bends(np.isin(mp, bb.classes), mode, k); ab = ab[ab[:, 0] <= bb.max_area]
        r.append(ab[:, 1].max(initial=0.))
    return np.array(r)
bent = [t for t in set(ty) if t.startswith('bent')][0]
for mode, k in [('base', 0), ('trim', 1.0), ('trim', 0.75), ('mid', 0.8), ('mid', 0.6)]:
    tr, va, te = raw(z['tm'], mode, k), raw(z['vm'], mode, k), raw(z['te'], mode, k)
    g = te[ty == 'good']; b = te[ty == bent]
    print(f'{mode:5} {k:4}', 'train q95 %.3f max %.3f' % (np.quantile(tr, .95), tr.max()), 'val max %.3f' % va.max(),
          'good', np.round(np.sort(g)[-3:], 3), 'bent min/med %.3f %.3f' % (b.min(), np.median(b)), 'AUROC %.3f' % auroc(g, b),
          'others max %.3f' % te[(ty != 'good') & (ty != bent)].max())
