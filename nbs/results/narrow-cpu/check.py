"""The narrow-LGST rule (README): fused mean AUROC (top 2, cap 50) from the reference's stored branch scores with the variant's
LGST scores in place of the reference's, and LGST alone: python check.py NAME -> check-NAME.json"""
import json, sys
from pathlib import Path
import numpy as np
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
name, out = sys.argv[1], {}
fuse = lambda d, lv, lt: np.sort(np.minimum(np.stack([normalize(lt if b == 'lgst' else d['test'][b], trimmed_stats(lv if b == 'lgst' else d['val'][b]))
                                               for b in ('patch_hist', 'lgst', 'composition')]), 50), 0)[-2:].sum(0)
for seed in (41, 31, 71):
    for cat in ('connectors', 'pins', 'parts'):
        p = Path(f'{cat}-{seed}-v-{name}.json')
        if not p.exists(): continue
        d, v = json.loads(Path(f'../top2-cpu/dev/{cat}-{seed}-scores.json').read_text()), json.loads(p.read_text())
        a = lambda s: round(100 * loco_auroc(s, d['labels'])['mean'], 2)
        ref, var = a(fuse(d, d['val']['lgst'], d['test']['lgst'])), a(fuse(d, v['lgst_val'], v['lgst_test']))
        out[f'{cat}-{seed}'] = dict(fused_ref=ref, fused=var, d=round(var - ref, 2), lgst_ref=a(d['test']['lgst']), lgst=a(v['lgst_test']),
                                   seconds_lgst=v['info']['seconds_lgst'])
        print(cat, seed, out[f'{cat}-{seed}'], flush=True)
cats = {c: [x['d'] for k, x in out.items() if k.startswith(c + '-')] for c in ('pins', 'connectors', 'parts')}
out['rule'] = dict(rule1={c: dict(mean=round(float(np.mean(v)), 2), lowest=min(v), holds=bool(np.mean(v) >= -1.0 and min(v) >= -2.0)) for c, v in cats.items() if v},
                   rule2_lgst_mean_change=round(float(np.mean([x['lgst'] - x['lgst_ref'] for x in out.values() if 'lgst' in x])), 2), fits=len(out))
out['rule']['holds'] = bool(all(r['holds'] for r in out['rule']['rule1'].values()) and out['rule']['rule2_lgst_mean_change'] >= -2.0 and len(out) - 1 == 9)
print(out['rule'])
Path(f'check-{name}.json').write_text(json.dumps(out, indent=1))
