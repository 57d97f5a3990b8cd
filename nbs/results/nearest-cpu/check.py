"""The pre-registered check's table: for each `compx_full.py` run (CATEGORY-SEED.npz + -fit.json), image AUROC of every branch,
of the composition branch with either scorer, and of the fused score with either; the fused score of `nearest` is the
library's own (`evaluate`), the `gaussian` one is refitted on the same maps. Run: python check.py pins-13 connectors-13 ..."""
import json, sys
import numpy as np
from csad.composition import CompositionBranch, NearestNormal, COUNT_FLOOR
from csad.patch_histogram import Mahalanobis
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc, auroc
out = {}
for run in sys.argv[1:]:
    z, fit = np.load(f'{run}.npz'), json.loads(open(f'{run}-fit.json').read())
    n, lab, ty = int(z['n_classes']), z['labels'], z['types']
    X = z['X_train']; f = CompositionBranch(n, ('area', 'count', 'shape', 'place', 'colour')).floors(X.shape[1])
    Z = lambda t, v: normalize(t, trimmed_stats(v))
    br = {b: Z(z[f'test_{b}'], z[f'val_{b}']) for b in ('patch_hist', 'lgst', 'composition')}
    sc = {'gaussian': Mahalanobis('ledoit-wolf', f).fit(X), 'nearest': NearestNormal(1, f).fit(X)}
    comp = {k: Z(s(z['X_test']), s(z['X_val'])) for k, s in sc.items()}
    assert np.allclose(comp['nearest'], br['composition']), 'the library composition branch is not nearest with k = 1'
    rows = {'patch_hist': br['patch_hist'], 'lgst': br['lgst'], 'composition gaussian': comp['gaussian'], 'composition nearest': comp['nearest'],
            'fused gaussian': br['patch_hist'] + br['lgst'] + comp['gaussian'], 'fused nearest': br['patch_hist'] + br['lgst'] + comp['nearest']}
    r = {k: loco_auroc(v, lab) for k, v in rows.items()}
    assert abs(r['fused nearest']['mean'] - fit['auroc']['mean']['fused']) < 1e-9, 'fused differs from evaluate'
    g = ty == 'good'
    r['by_type'] = {u: {k: auroc(v[g], v[ty == u]) for k, v in rows.items()} for u in sorted(set(ty) - {'good'})}
    r['miou'], r['seconds_fit'], r['seconds_lgst'] = fit['segmentation_miou'], fit['info']['seconds_fit'], fit['info']['seconds_lgst']
    out[run] = r
    print(f"| {run} | {r['miou']:.3f} | " + ' | '.join(f"{r[k]['mean'] * 100:.1f} ({r[k]['logical'] * 100:.0f} / {r[k]['structural'] * 100:.0f})" for k in rows) + f" | {r['seconds_fit']:.0f} |")
open('check.json', 'w').write(json.dumps(out, indent=1))
