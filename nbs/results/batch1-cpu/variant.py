"""A variant of a fit of ../seeds-gpu/sweep.py (ROOT/data/SEED/CATEGORY, ROOT/work/CATEGORY-SEED): `csad fit` with the
overrides given as JSON — every stage whose settings do not change read from the fit's cache (an LGST setting: only LGST
retrains, and what follows it is refitted on the validation images) — then `evaluate`; LGST's raw scores of the validation
and test images are kept beside it for the fusion's statistics.
Run: python variant.py CATEGORY SEED ROOT OUT_DIR NAME '{"lgst_batch_size": 1}'"""
import json, sys, time
from pathlib import Path
import torch
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.data import load_category
from csad.pipeline import CSAD, evaluate, read_images
cat, seed, root, out, name, over = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), sys.argv[5], json.loads(sys.argv[6])
d = root/'data'/seed/cat
t0 = time.time()
m = CSAD(CSADConfig.make(cat, **over)).fit(d, root/'work'/f'{cat}-{seed}', progress=False)
e = evaluate(m, d); e['info'] = m.info; e['overrides'] = over
c = load_category(d); size = m.cfg.preset.image_size
e['lgst_val'] = m._run(read_images(c.validation, size))[0]['lgst'].tolist()
e['lgst_test'] = m._run(read_images(c.test, size))[0]['lgst'].tolist()
out.mkdir(parents=True, exist_ok=True); (out/f'{cat}-{seed}-v-{name}.json').write_text(json.dumps(e, indent=1, default=float))
print(cat, seed, name, over, {k: round(v * 100, 1) for k, v in e['auroc']['mean'].items()}, 'LGST', m.info['seconds_lgst'], 's; all', round(time.time() - t0), 's', flush=True)
