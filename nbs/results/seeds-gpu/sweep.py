"""One synthetic category at one data seed: csad fit (cpu preset, model seed 42) and evaluate; raw branch scores of validation,
test and synthetic anomalies made from the validation images; refits with other settings (stages cached).
Run: [OVER='{...}'] python sweep.py CATEGORY SEED OUT WORK '{"variant": {settings}}'. OVER: the settings of the first fit,
as JSON; by default those of the GPU runs of 2026-11-30 ({"lgst_st_images": "clean"}, then the default); OVER='{}' fits
with the library's defaults (results/mirror-cpu/parts-123-*.json)."""
import json, os, sys, time, traceback
from pathlib import Path
import numpy as np, torch
torch.set_num_threads(int(os.environ.get('THREADS', '2')))
from csad.core import CSADConfig
from csad.synth import make_synthetic
from csad.data import load_category
from csad.pipeline import CSAD, evaluate, read_images, resized
from csad.backbone import backbone_features
from csad.segmenter import decode_maps
from csad.composition import CompositionBranch
from csad.lsa import lsa_augment, cutpaste
from csad.core import image_uint8

cat, seed, res, root = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
variants = json.loads(sys.argv[5]) if len(sys.argv) > 5 else {}
small = json.loads(os.environ.get('SMALL', '{}'))      # local smoke test: smaller data and schedules
res.mkdir(parents=True, exist_ok=True)
tag = f"{cat}-{seed}"
def log(*a): print(f"[{tag} {time.strftime('%H:%M:%S')}]", *a, flush=True)
def dump(name, obj): (res/f"{tag}-{name}.json").write_text(json.dumps(obj, indent=1, default=float))

t0 = time.time()
d = root/'data'/str(seed)
make_synthetic(cat, d, seed=seed, **small.get('synth', {}))
log('data', round(time.time() - t0, 1))
work = root/'work'/tag
over = {**json.loads(os.environ.get('OVER', '{"lgst_st_images": "clean"}')), **small.get('cfg', {})}
m = CSAD(CSADConfig.make(cat, **over)).fit(d/cat, work, progress=False)
log('fit', m.info)
ev = evaluate(m, d/cat); ev['info'] = m.info
dump('fit', ev); log('eval', {k: round(v, 3) for k, v in ev['auroc']['mean'].items()}, 'miou', ev.get('segmentation_miou'))

# raw scores of every branch: validation, test, synthetic anomalies made from validation images
c = load_category(d/cat); size = m.cfg.preset.image_size
tr = resized([image_uint8(s.path) for s in c.train], size); va = read_images(c.validation, size); te = read_images(c.test, size)
tm = decode_maps(m.decoder, backbone_features(m.backbone, tr), size)
sv, vmaps, _ = m._run(va); st, tmaps, _ = m._run(te)
rng = np.random.default_rng(0)
lsa = np.stack([lsa_augment(x, l, rng, m.cfg.category.lsa_min_distance)[0] for x, l in zip(va, vmaps)])
cp = np.stack([cutpaste(x, l, rng)[0] for x, l in zip(va, vmaps)])
sl, lmaps, _ = m._run(lsa); sc, cmaps, _ = m._run(cp)
n_cls = m.info['n_classes']
out = dict(labels=[s.label for s in c.test], types=[str(t) for t in __import__('csad.pipeline', fromlist=['x']).defect_types(c)])
for blocks in (('area', 'count'), ('area',)):
    b = CompositionBranch(n_cls, blocks).fit(tm, np.stack(vmaps))
    k = 'comp_' + '_'.join(blocks)
    for nm, s, mp in (('val', sv, vmaps), ('test', st, tmaps), ('lsa', sl, lmaps), ('cp', sc, cmaps)): s[k] = b(np.stack(mp))
for nm, s in (('val', sv), ('test', st), ('lsa', sl), ('cp', sc)): out[nm] = {k: np.asarray(v).tolist() for k, v in s.items()}
dump('scores', out); log('scores dumped')

for name, ov in variants.items():
    try:
        t1 = time.time()
        mv = CSAD(CSADConfig.make(cat, **{**over, **ov})).fit(d/cat, work, progress=False)
        e = evaluate(mv, d/cat); e['info'] = mv.info; e['quantiles'] = mv.lgst.quantiles.tolist()
        e['lgst_val'] = mv._run(va)[0]['lgst'].tolist(); e['lgst_test'] = mv._run(te)[0]['lgst'].tolist()
        e['lgst_lsa'] = mv._run(lsa)[0]['lgst'].tolist(); e['lgst_cp'] = mv._run(cp)[0]['lgst'].tolist()
        dump('v-' + name, e); log('variant', name, round(time.time() - t1, 1), {k: round(v, 3) for k, v in e['auroc']['mean'].items()})
    except Exception: traceback.print_exc()
log('done', round(time.time() - t0, 1))
