"""The bend rule at one fresh draw (README): fused mean AUROC with the bend block (the fit) and without it (the nobend variant,
same cached stages), and every branch alone: python check.py SEED -> check-SEED.json"""
import json, sys
from pathlib import Path
seed, out = sys.argv[1], {}
for cat in ('pins', 'connectors', 'parts'):
    e, v = (json.loads(Path(f'{cat}-{seed}-{n}.json').read_text()) for n in ('fit', 'v-nobend'))
    pct = lambda a: {k: round(100 * x, 2) for k, x in a.items()}
    out[cat] = dict(bend=pct(e['auroc']['mean']), nobend=pct(v['auroc']['mean']),
                    d=round(100 * (e['auroc']['mean']['fused'] - v['auroc']['mean']['fused']), 2),
                    fused_la_sa=[round(100 * e['auroc'][k]['fused'], 2) for k in ('logical', 'structural')],
                    miou=e.get('segmentation_miou'), n_classes=e['info']['n_classes'])
    print(cat, out[cat], flush=True)
d = [out[c]['d'] for c in out]
out['rule'] = dict(each_at_least_minus_half=all(x >= -0.5 for x in d), mean_at_least_0=sum(d) / 3 >= 0, mean_d=round(sum(d) / 3, 3))
print(out['rule'])
Path(f'check-{seed}.json').write_text(json.dumps(out, indent=1))
