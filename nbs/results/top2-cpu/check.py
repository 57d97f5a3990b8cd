"""The nearest-patch branch's scores (csad.nearest_patch.NearestPatch, zoom 2, every second training position) of one
sweep.py fit's validation and test images, and the fused AUROC of three rules from the same normalised branch scores:
python check.py SEED ROOT (ROOT: the WORK folder given to sweep.py). Writes CATEGORY-SEED-nearest.json and check.json."""
import json, sys, time
from pathlib import Path
import numpy as np, torch
torch.set_num_threads(2)
from csad.backbone import Backbone
from csad.core import image_uint8, to_batch
from csad.data import load_category
from csad.pipeline import read_images, resized
from csad.nearest_patch import NearestPatch
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
seed, root = sys.argv[1], Path(sys.argv[2])
BR = ('patch_hist', 'lgst', 'composition')
top2 = lambda Z: np.sort(Z, 0)[-2:].sum(0)
out = {}
for cat in ('pins', 'connectors', 'parts'):
    t0 = time.time(); f = Path(f'{cat}-{seed}-nearest.json')
    if not f.exists():
        c = load_category(root/'data'/seed/cat); bb = Backbone('efficientnet_lite0')
        tr = resized([image_uint8(s.path) for s in c.train], 256)
        npb = NearestPatch(bb.channels[8], 65536, 2.).fit(bb, tr, seed=42)
        sc = lambda x: torch.cat([npb.scores(bb, to_batch(x[i:i + 8])) for i in range(0, len(x), 8)]).numpy().tolist()
        f.write_text(json.dumps(dict(bank=npb.hparams['bank'], val=sc(read_images(c.validation, 256)), test=sc(read_images(c.test, 256)))))
    n = json.loads(f.read_text()); d = json.loads(Path(f'{cat}-{seed}-scores.json').read_text()); lab = d['labels']
    Z = np.stack([normalize(d['test'][b], trimmed_stats(d['val'][b])) for b in BR])
    Z4 = np.concatenate([Z, normalize(n['test'], trimmed_stats(n['val']))[None]])
    a = lambda s: {k: round(100 * v, 2) for k, v in loco_auroc(s, lab).items()}
    out[cat] = dict(branches={b: a(z) for b, z in zip(BR + ('nearest_patch',), Z4)}, sum=a(Z.sum(0)), top2=a(top2(Z)), top2_nearest=a(top2(Z4)),
                    sum_nearest=a(Z4.sum(0)), bank=n['bank'])
    print(cat, {k: v['mean'] for k, v in out[cat].items() if k not in ('branches', 'bank')}, {b: v['mean'] for b, v in out[cat]['branches'].items()}, round(time.time() - t0), 's', flush=True)
Path('check.json').write_text(json.dumps(out, indent=1))
