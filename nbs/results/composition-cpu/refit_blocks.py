"""The composition branch refitted with other blocks on whole fits of ../seeds-gpu/sweep.py (run with OVER='{}'), every
other stage read from each fit's cache (WORK/work/CATEGORY-SEED); image AUROC of every branch and by defect type.
Made ../seed99-cpu/blocks-after.json (the look after the seed-99 check: the 2026-12-01 blocks, + shape, + pieces + shape;
written by this script's first version, which kept only the fused AUROC by defect type) and ../seed31-cpu/blocks31.json
(the check at seed 31: + shape and the 2026-12-01 blocks).
Run: python refit_blocks.py SEED WORK OUT.json BLOCKS [BLOCKS ...], each BLOCKS comma-separated (area,count,place,colour,shape)"""
import json, sys, time, torch
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.pipeline import CSAD, evaluate
seed, root, out, sets, res = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), [tuple(b.split(',')) for b in sys.argv[4:]], {}
for cat in ('pins', 'connectors', 'parts'):
    for blocks in sets:
        t, data = time.time(), root/'data'/seed/cat
        m = CSAD(CSADConfig.make(cat, composition_blocks=blocks)).fit(data, root/'work'/f'{cat}-{seed}', progress=False)
        ev = evaluate(m, data)
        res[f"{cat} | {' + '.join(blocks)}"] = dict(auroc=ev['auroc'], by_type=ev['auroc_by_type'], miou=ev.get('segmentation_miou'),
                                                   seconds=round(time.time() - t, 1))
        print(cat, blocks, {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, flush=True)
out.write_text(json.dumps(res, indent=1, default=float))
