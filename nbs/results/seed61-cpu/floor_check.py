"""Seed 61: each category's fit of ../seeds-gpu/sweep.py read back from its cache (WORK/data/61/CATEGORY, WORK/work/CATEGORY-61);
the composition branch, the fusion statistics and the threshold refitted as `fit` does, with the Mahalanobis distance of the
composition branch flooring the std of the count block at FLOOR (1e-3 elsewhere), then `evaluate`.
Run: python floor_check.py WORK OUT.json FLOOR"""
import json, sys, numpy as np, torch
from pathlib import Path
torch.set_num_threads(2)
import csad.composition as CM
from csad.patch_histogram import Mahalanobis
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.pipeline import CSAD, evaluate, resized, read_images
from csad.backbone import backbone_features
from csad.segmenter import decode_maps
from csad.fusion import fit_fusion, fit_threshold, score
root, out, floor = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
res = json.loads(out.read_text()) if out.is_file() else {}
for cat in ('pins', 'connectors', 'parts'):
    data = root/'data'/'61'/cat
    m = CSAD(CSADConfig.make(cat)).fit(data, root/'work'/f'{cat}-61', progress=False)     # every stage from the cache
    c, size = load_category(data), m.cfg.preset.image_size
    train, val = resized([image_uint8(s.path) for s in c.train], size), read_images(c.validation, size)
    ft, fv = backbone_features(m.backbone, train), backbone_features(m.backbone, val)
    n = m.decoder.hparams['n_classes']
    fl = np.full(4096, 1e-3); fl[n:2 * n] = floor                  # the area block (n dims), then the count block (n dims)
    class Floored(Mahalanobis):
        def fit(self, X):
            self.min_std = fl[:np.asarray(X).shape[1]]; return super().fit(X)
    CM.Mahalanobis = Floored
    tm, vm = decode_maps(m.decoder, ft, size), decode_maps(m.decoder, fv, size)
    m._fit_composition(tm, vm, train, val)
    vs = m._run(val, fv)[0]; m.fusion = fit_fusion(vs); m.threshold = fit_threshold(score(vs, m.fusion))
    ev = evaluate(m, data)
    res[f'{cat} | count floor {floor:g}'] = dict(auroc=ev['auroc'], by_type=ev['auroc_by_type'])
    print(cat, floor, {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, flush=True)
    CM.Mahalanobis = Mahalanobis
    out.write_text(json.dumps(res, indent=1, default=float))
