"""Composition blocks compared on the segmenters of segstudy.py (2 CPU cores, 2026-12-01): for each synthetic category at data
seeds 123, 7 and 2024, the composition branch (csad.composition) with several block sets, alone and added to the Patch
Histogram (from segstudy.py) and LGST (the GPU runs' scores in ../seeds-gpu: same test images, each branch normalised by
its own validation statistics). Run: python blocks.py ST_DIR OUT.json"""
import sys, json, numpy as np
from pathlib import Path
from csad.composition import CompositionBranch
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc, auroc
R = Path(__file__).parent.parent/'seeds-gpu'
SETS = {'area + count': ('area', 'count'), 'area + count + place + colour': ('area', 'count', 'place', 'colour'),
        '+ pieces': ('area', 'count', 'pieces', 'place', 'colour'), '+ shape': ('area', 'count', 'shape', 'place', 'colour'),
        'all six': ('area', 'count', 'pieces', 'shape', 'place', 'colour')}
st, res = Path(sys.argv[1]), {}
for c in ('pins', 'connectors', 'parts'):
    for s in (123, 7, 2024):
        f = st/f'{c}-{s}.npz'
        if not f.exists(): continue
        z = np.load(f); g = json.loads((R/f'{c}-{s}-scores.json').read_text()); lab = list(z['labels']); ty = z['types']
        assert lab == g['labels']
        n = int(z['n_classes']); lg = normalize(g['test']['lgst'], trimmed_stats(g['val']['lgst'])); ph = normalize(z['ph_test'], trimmed_stats(z['ph_val']))
        row = {'n_classes': n, 'patch_hist': loco_auroc(ph, lab), 'lgst': loco_auroc(lg, lab), 'patch_hist + lgst': loco_auroc(ph + lg, lab)}
        for k, b in SETS.items():
            cs = CompositionBranch(n, b).fit(z['tm'], z['vm'], train_images=z['tr'], val_images=z['va'])(z['sm'], images=z['te'])
            row[k] = {'alone': loco_auroc(cs, lab), 'with patch_hist + lgst': loco_auroc(ph + lg + cs, lab),
                      'by_type': {t: auroc(cs[ty == 'good'], cs[ty == t]) for t in sorted(set(ty) - {'good'})}}
        res[f'{c}-{s}'] = row; print(c, s, {k: round(v['with patch_hist + lgst']['mean'] * 100, 1) for k, v in row.items() if k in SETS}, flush=True)
Path(sys.argv[2]).write_text(json.dumps(res, indent=1, default=float))
