"""Fused AUROC of top 2 with and without a cap on each branch's normalised score, from one sweep.py draw's raw scores:
python check.py SEED -> check.json"""
import json, sys
from pathlib import Path
import numpy as np
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
seed, BR, out = sys.argv[1], ('patch_hist', 'lgst', 'composition'), {}
top2 = lambda Z: np.sort(Z, 0)[-2:].sum(0)
for cat in ('pins', 'connectors', 'parts'):
    d = json.loads(Path(f'{cat}-{seed}-scores.json').read_text()); lab = d['labels']
    Z = np.stack([normalize(d['test'][b], trimmed_stats(d['val'][b])) for b in BR])
    a = lambda s: {k: round(100 * v, 2) for k, v in loco_auroc(s, lab).items()}
    out[cat] = dict(branches={b: a(z) for b, z in zip(BR, Z)}, sum=a(Z.sum(0)), top2=a(top2(Z)), top2_cap50=a(top2(np.minimum(Z, 50))),
                    top2_cap20=a(top2(np.minimum(Z, 20))), max_z_good=float(Z[:, np.array(lab) == 'good'].max()))
    print(cat, {k: v['mean'] for k, v in out[cat].items() if isinstance(v, dict) and 'mean' in v}, flush=True)
Path('check.json').write_text(json.dumps(out, indent=1))
