"""The rule of README.md from the runs' JSON files: python check.py [SEEDS...] (default: the development seeds 31 41)."""
import json, sys
from pathlib import Path
seeds = sys.argv[1:] or ['31', '41']
cats = ('pins', 'connectors', 'parts')
a = lambda c, s, v: json.loads(Path(f'{c}-{s}-v-{v}.json').read_text())['auroc']['mean']
out, lg = {}, []
cats = tuple(c for c in cats if all(Path(f'{c}-{s}-v-{v}.json').is_file() for s in seeds for v in ('ae5', 'ae6')))   # those run
for c in cats:
    d = {s: 100 * (a(c, s, 'ae5')['fused'] - a(c, s, 'ae6')['fused']) for s in seeds}
    lg += [100 * (a(c, s, 'ae5')['lgst'] - a(c, s, 'ae6')['lgst']) for s in seeds]
    above = {s: all(a(c, s, 'ae5')['fused'] >= v for k, v in a(c, s, 'ae5').items() if k != 'fused') for s in seeds}
    out[c] = dict(d={s: round(v, 2) for s, v in d.items()}, mean_d=round(sum(d.values()) / len(d), 3), above_every_branch=above,
                  fused={s: (round(100 * a(c, s, 'ae6')['fused'], 2), round(100 * a(c, s, 'ae5')['fused'], 2)) for s in seeds},
                  lgst={s: (round(100 * a(c, s, 'ae6')['lgst'], 2), round(100 * a(c, s, 'ae5')['lgst'], 2)) for s in seeds})
if len(seeds) > 1:
    r1 = all(o['mean_d'] >= -1.0 and min(o['d'].values()) >= -2.0 for o in out.values()); r2 = sum(lg) / len(lg) >= -2.0
    out['rule'] = dict(rule1=r1, lgst_mean_change=round(sum(lg) / len(lg), 3), rule2=r2, passes=r1 and r2)
else:
    s = seeds[0]; out['rule'] = dict(categories_run=list(cats), fails_on=[c for c, o in out.items() if not (o['d'][s] >= -1.0 and o['above_every_branch'][s])])
    out['rule']['passes'] = len(cats) == 3 and not out['rule']['fails_on']
print(json.dumps(out, indent=1))
