"""Composition scorer variants on one synthetic category/seed: fit pseudo-labels + segmenter (default cpu preset, LGST 1 step),
dump descriptors of train/val/test (+ LSA of val) to npz; stored LGST scores come from the full fit's json."""
import json, os, sys, time
from pathlib import Path
import numpy as np, torch
torch.set_num_threads(2)
from csad.core import CSADConfig, image_uint8
from csad.synth import make_synthetic
from csad.data import load_category
from csad.pipeline import CSAD, read_images, resized, defect_types
from csad.backbone import backbone_features
from csad.composition import composition
from csad.lsa import lsa_augment
cat, seed, out = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
root = Path(os.environ.get('ROOT', '/work/scratch/cx')); d = root/'data'/str(seed)
t0 = time.time()
if not (d/cat).exists(): make_synthetic(cat, d, seed=seed)
m = CSAD(CSADConfig.make(cat, lgst_iterations=1)).fit(d/cat, root/'work'/f'{cat}-{seed}', progress=False)
print('fit', round(time.time() - t0), m.info, flush=True)
c = load_category(d/cat); size = m.cfg.preset.image_size
tr = resized([image_uint8(s.path) for s in c.train], size); va = read_images(c.validation, size); te = read_images(c.test, size)
tm = m._maps(tr, backbone_features(m.backbone, tr))
sv, vm, _ = m._run(va); st, tem, _ = m._run(te)
rng = np.random.default_rng(0)
lsa = np.stack([lsa_augment(x, l, rng, m.cfg.category.lsa_min_distance)[0] for x, l in zip(va, vm)])
sl, lm, _ = m._run(lsa)
n = m.info['n_classes']; B = tuple(m.cfg.preset.composition_blocks)
D = {k: composition(np.stack(mp), n, None, B, im) for k, mp, im in (('train', tm, tr), ('val', vm, va), ('test', tem, te), ('lsa', lm, lsa))}
np.savez(out, **{f'X_{k}': v for k, v in D.items()}, **{f'{s}_{b}': np.asarray(v) for s, sc in (('val', sv), ('test', st), ('lsa', sl)) for b, v in sc.items()},
         labels=np.array([s.label for s in c.test]), types=np.array([str(t) for t in defect_types(c)]), n_classes=n, seconds=np.array([m.info['seconds_fit'], m.info['seconds_lgst']]))
print('done', round(time.time() - t0), flush=True)
