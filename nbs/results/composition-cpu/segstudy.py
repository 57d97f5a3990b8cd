"Pseudo-labels + segmenter (cpu preset defaults) of one synthetic category at one data seed; predicted maps, images and Patch Histogram scores saved for offline branch studies (blocks.py). Run: python segstudy.py CATEGORY SEED ST_DIR (2026-12-01: ST_DIR /tmp/s18/st, the nine pairs one after another on 2 CPU cores)."
import sys, time, json, os
from pathlib import Path
import numpy as np, torch
torch.set_num_threads(2)
from csad.core import CSADConfig, image_uint8
from csad.synth import make_synthetic
from csad.data import load_category
from csad.pipeline import CSAD, read_images, resized, defect_types
from csad.pseudo_labels import pseudo_labels
from csad.backbone import backbone_features
from csad.segmenter import decode_maps
cat, seed = sys.argv[1], int(sys.argv[2]); root = Path(sys.argv[3]); t0 = time.time()
d = root/'data'/str(seed); make_synthetic(cat, d, seed=seed)
m = CSAD(CSADConfig.make(cat)); c = load_category(d/cat); size = m.cfg.preset.image_size; work = root/'work'/f'{cat}-{seed}'
dec = [image_uint8(s.path) for s in c.train]; tr = resized(dec, size); va = read_images(c.validation, size); te = read_images(c.test, size)
pl = pseudo_labels(c.train, dec, work, m.cfg, 'offline', None, m.backbone, False); t1 = time.time()
ft, fv, fte = (backbone_features(m.backbone, x) for x in (tr, va, te))
m._fit_segmenter(pl, c.train, tr, ft, work, False)
tm, vm, sm = (decode_maps(m.decoder, f, size) for f in (ft, fv, fte))
m._fit_patch_hist(tm, vm)
np.savez_compressed(root/f'{cat}-{seed}.npz', tr=tr, va=va, te=te, tm=tm, vm=vm, sm=sm, ph_val=m.patch_hist(vm), ph_test=m.patch_hist(sm),
                    labels=np.array([s.label for s in c.test]), types=np.array([str(t) for t in defect_types(c)]), n_classes=pl.n_classes)
print(cat, seed, 'classes', pl.n_classes, 'pseudo', round(t1 - t0), 'total', round(time.time() - t0), flush=True)
