"""LGST's local student on a window of the image (`lgst_st_crop`) against the whole image, on a development fit whose stages
are cached. Arm 'whole': the fit with the library's defaults (LGST retrained where its cache lacks it); arm 'window M':
the same fit with `lgst_st_crop` = M, which retrains LGST only (every other stage from the cache) and refits what follows
it. Each arm's raw branch scores of the validation and test images are kept. With STORED=path/to/CAT-SEED-scores.json
(raw scores of a whole fit of the same data whose LGST was trained with the same settings, e.g. ../tta-cpu/seed5/), the
whole arm is not retrained: its LGST scores are read from that file and fused with the window arm's other branches, whose
stages are LGST-free. Run: ROOT=... [STORED=...] python dev.py CAT SEED M OUT.json"""
import json, os, sys, time
from pathlib import Path
import numpy as np, torch
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.data import load_category
from csad.pipeline import CSAD, evaluate, read_images
from csad.fusion import fit_fusion, score
from csad.metrics import loco_auroc

cat, seed, M, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
root, stored = Path(os.environ.get('ROOT', '/work/scratch/cx')), os.environ.get('STORED')
data, work = root/'data'/seed/cat, root/'work'/f'{cat}-{seed}'
res = json.loads(out.read_text()) if out.exists() else {}
c = load_category(data); labels = [s.label for s in c.test]
arms = ((f'window {M}', {'lgst_st_crop': M}),) if stored else (('whole', {}), (f'window {M}', {'lgst_st_crop': M}))
for name, over in arms:
    if name in res: continue
    t0 = time.time()
    m = CSAD(CSADConfig.make(cat, **over)).fit(data, work, progress=False)
    ev = evaluate(m, data); ev['info'] = m.info; ev['wall_s'] = time.time() - t0
    size = m.cfg.preset.image_size
    ev['raw'] = {k: {b: np.asarray(v).tolist() for b, v in m._run(read_images(s, size))[0].items()} for k, s in (('val', c.validation), ('test', c.test))}
    res[name] = ev; out.write_text(json.dumps(res, indent=1, default=float))
    print(cat, seed, name, {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, 'lgst s', m.info.get('seconds_lgst'), flush=True)
if stored and 'whole (stored LGST)' not in res:
    st, w = json.loads(Path(stored).read_text()), res[f'window {M}']['raw']
    assert st['labels'] == labels, 'the stored scores are of other test images'
    val = {**w['val'], 'lgst': st['val']['lgst']}; test = {**w['test'], 'lgst': st['test']['lgst']}
    f = fit_fusion(val); test['fused'] = score(test, f)
    res['whole (stored LGST)'] = {'auroc': {k: {b: loco_auroc(v, labels)[k] for b, v in test.items()} for k in ('logical', 'structural', 'mean')},
                                  'stored': stored}
    out.write_text(json.dumps(res, indent=1, default=float))
    print(cat, seed, 'whole (stored LGST)', {b: round(v * 100, 1) for b, v in res['whole (stored LGST)']['auroc']['mean'].items()}, flush=True)
