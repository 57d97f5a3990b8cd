"""The check at data seed 31 (README.md here): each category fitted once with the library's defaults by
`OVER='{}' python ../seeds-gpu/sweep.py CATEGORY 31 OUT WORK` (2 CPU cores), then the composition branch refitted with
the chosen blocks and with the previous default, every other stage read from that fit's cache (WORK/work/CATEGORY-31).
Run: python blocks31.py WORK OUT.json"""
import json, sys, time, torch
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.pipeline import CSAD, evaluate
root, out, res = Path(sys.argv[1]), Path(sys.argv[2]), {}
SETS = (('area', 'count', 'place', 'colour', 'shape'), ('area', 'count', 'place', 'colour'))
for cat in ('pins', 'connectors', 'parts'):
    for blocks in SETS:
        t = time.time()
        m = CSAD(CSADConfig.make(cat, composition_blocks=blocks)).fit(root/'data'/'31'/cat, root/'work'/f'{cat}-31', progress=False)
        ev = evaluate(m, root/'data'/'31'/cat)
        res[f"{cat} | {' + '.join(blocks)}"] = dict(auroc=ev['auroc'], by_type=ev['auroc_by_type'], miou=ev.get('segmentation_miou'),
                                                   seconds=round(time.time() - t, 1))
        print(cat, blocks, {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, flush=True)
out.write_text(json.dumps(res, indent=1, default=float))
