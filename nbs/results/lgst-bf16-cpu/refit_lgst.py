"""What curve.py and lr.py share: a whole fit of ../seeds-gpu/sweep.py read back from its cache, and its LGST swapped for
another one, with everything fitted after LGST (its quantiles, the fusion statistics, the threshold) refitted as `fit` does.
The seed-31 fits cached their fp32 LGST before `lgst_bf16` joined the LGST stage key: `cached_fit` looks LGST up under the
key it was saved with (every other stage's key untouched), so those fits load without retraining."""
from pathlib import Path
import csad.pipeline
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.backbone import backbone_features
from csad.pipeline import CSAD, evaluate, resized, read_images
from csad.lgst import fit_quantiles
from csad.fusion import fit_fusion, fit_threshold, score

def _read_old_keys():
    key, fields = csad.pipeline.stage_key, csad.pipeline.LGST_FIELDS
    def old_key(cfg, stage, images, *extra):
        if stage != 'lgst': return key(cfg, stage, images, *extra)
        csad.pipeline.LGST_FIELDS = tuple(f for f in fields if f != 'lgst_bf16')
        try: return key(cfg, stage, images, *extra)
        finally: csad.pipeline.LGST_FIELDS = fields
    csad.pipeline.stage_key = old_key

def cached_fit(cat:str, seed:str, root:Path)->tuple:
    "The fit of `cat` at data `seed` under `root` (every stage from its cache), its training and validation images and features."
    _read_old_keys()
    data = root/'data'/seed/cat
    m = CSAD(CSADConfig.make(cat, lgst_bf16=False)).fit(data, root/'work'/f'{cat}-{seed}', progress=False)
    c, size = load_category(data), m.cfg.preset.image_size
    train, val = resized([image_uint8(s.path) for s in c.train], size), read_images(c.validation, size)
    return m, data, train, val, backbone_features(m.backbone, train), backbone_features(m.backbone, val)

def with_lgst(m, lgst, data, val, fv)->dict:
    "`evaluate` of fit `m` with `lgst` in place of its LGST, the stages after LGST refitted on the validation images."
    m.lgst = fit_quantiles(lgst, m.backbone, val, feats=fv)
    vs = m._run(val, fv)[0]; m.fusion = fit_fusion(vs); m.threshold = fit_threshold(score(vs, m.fusion))
    return evaluate(m, data)
