"""LGST's accuracy against its steps under bf16 autocast, on whole fits of ../seeds-gpu/sweep.py (WORK/data/SEED/CATEGORY,
WORK/work/CATEGORY-SEED): every other stage read from the fit's cache, LGST retrained once with `lgst_bf16` and snapshots taken
at STEPS (the last, max(STEPS), is the full schedule, with its learning-rate drop at 95 %; earlier snapshots are before any drop); for each,
LGST's quantiles, the fusion statistics and the threshold refitted on the validation images, then `evaluate` on the test set.
Run: [CATS="pins ..."] [SCHEDULE=cosine] python curve.py SEED WORK OUT.json STEP [STEP ...]"""
import copy, json, os, sys, time, torch
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.backbone import backbone_features
from csad.pipeline import CSAD, evaluate, resized, read_images
from csad.lgst import train_lgst, fit_quantiles
from csad.fusion import fit_fusion, fit_threshold, score
from fp32_cache import read_old_keys
read_old_keys()   # the fits' fp32 LGST, cached before `lgst_bf16` joined its key
SCHEDULE = os.environ.get('SCHEDULE', 'step')    # step: the library's (lr / 10 at 95 %); cosine: lr to 0 along a half cosine
if SCHEDULE == 'cosine':                          # an experiment: train_lgst's MultiStepLR([0.95 n]) replaced by a cosine over n
    _multi = torch.optim.lr_scheduler.MultiStepLR
    torch.optim.lr_scheduler.MultiStepLR = lambda opt, ms, g: torch.optim.lr_scheduler.CosineAnnealingLR(opt, round(ms[0] / 0.95))
seed, root, out, steps = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), [int(s) for s in sys.argv[4:]]
res = json.loads(out.read_text()) if out.is_file() else {}
for cat in os.environ.get('CATS', 'pins connectors parts').split():
    data, t0 = root/'data'/seed/cat, time.time()
    m = CSAD(CSADConfig.make(cat, lgst_bf16=False)).fit(data, root/'work'/f'{cat}-{seed}', progress=False)   # all cached
    c, size = load_category(data), m.cfg.preset.image_size
    train, val = resized([image_uint8(s.path) for s in c.train], size), read_images(c.validation, size)
    ft, fv = backbone_features(m.backbone, train), backbone_features(m.backbone, val)
    snaps, stamp = {}, {}
    def keep(i, model):
        if i in steps: snaps[i] = copy.deepcopy(model).eval(); stamp[i] = time.time()
    t1 = time.time()
    cfg = CSADConfig.make(cat, lgst_bf16=True, lgst_iterations=max(steps))
    train_lgst(train, m.backbone, cfg, feats=ft, callback=keep)
    for i in steps:
        m.lgst = fit_quantiles(snaps[i], m.backbone, val, feats=fv)
        vs = m._run(val, fv)[0]; m.fusion = fit_fusion(vs); m.threshold = fit_threshold(score(vs, m.fusion))
        ev = evaluate(m, data)
        res[f'{cat} | bf16 | step {i} of {max(steps)}' + ('' if SCHEDULE == 'step' else f' | {SCHEDULE}')] = dict(auroc=ev['auroc'], by_type=ev['auroc_by_type'], lgst_seconds=round(stamp[i] - t1, 1))
        print(cat, i, round(stamp[i] - t1), {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, flush=True)
        out.write_text(json.dumps(res, indent=1, default=float))
