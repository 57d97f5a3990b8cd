"""After the seed-99 check: the same fits refitted with the composition blocks that 08b did not choose (`shape`, `pieces`),
every other stage read from the fit's cache (WORK/work/CATEGORY-99 of sweep.py). A look after the check, not a choice:
seed 99 has been seen once these numbers exist.
Run: python blocks_after.py WORK OUT.json"""
import json, sys, time, torch
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.pipeline import CSAD, evaluate
root, out, res = Path(sys.argv[1]), Path(sys.argv[2]), {}
for cat in ('pins', 'connectors', 'parts'):
    for blocks in (('area', 'count', 'place', 'colour'), ('area', 'count', 'place', 'colour', 'shape'), ('area', 'count', 'place', 'colour', 'pieces', 'shape')):
        t = time.time()
        m = CSAD(CSADConfig.make(cat, composition_blocks=blocks)).fit(root/'data'/'99'/cat, root/'work'/f'{cat}-99', progress=False)
        ev = evaluate(m, root/'data'/'99'/cat)
        res[f"{cat} | {' + '.join(blocks)}"] = dict(auroc=ev['auroc'], by_type={t: x['fused'] for t, x in ev['auroc_by_type'].items()}, seconds=round(time.time() - t, 1))
        print(cat, blocks, {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, flush=True)
out.write_text(json.dumps(res, indent=1, default=float))
