"""The stored threshold's false alarms on many new normal images: the seed-149 fits (refitted from their cached stages with
this library), scored on N new good, logical and structural images of each category drawn at data seed 1490.
Run: python check.py ROOT N (ROOT: the seed-149 draw's folder, with data/149 and work/)."""
import json, sys, time
from pathlib import Path
from statistics import NormalDist
import numpy as np, torch
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.synth import make_synthetic
from csad.pipeline import CSAD, read_images
from csad.data import load_category

root, N = Path(sys.argv[1]), int(sys.argv[2])
out = {}
for cat in ('pins', 'connectors', 'parts'):
    t0 = time.time()
    m = CSAD(CSADConfig.make(cat)).fit(root/'data'/'149'/cat, root/'work'/f'{cat}-149', progress=False)
    c = load_category(root/'data'/'149'/cat)
    v = m.fuse(m._run(read_images(c.validation, m.cfg.preset.image_size))[0])
    q1, med, q3 = np.quantile(v, [0.25, 0.5, 0.75]); old = med + NormalDist().inv_cdf(0.99) * (q3 - q1) / 1.349   # the rule before, 1 % asked
    new = make_synthetic(cat, root/'extra', n_train=1, n_val=0, n_test=N, seed=1490)
    s = m.predict([x.path for x in new.test])['score']; lab = np.array([x.label for x in new.test])
    share = lambda th: {k: float(np.mean(s[lab == k] > th)) for k in ('good', 'logical', 'structural')}
    out[cat] = dict(threshold=m.threshold, old_threshold=float(old), conformal=share(m.threshold['value']), old_rule=share(old),
                    seconds=round(time.time() - t0, 1))
    print(cat, json.dumps(out[cat]), flush=True)
Path('check.json').write_text(json.dumps(out, indent=1))
