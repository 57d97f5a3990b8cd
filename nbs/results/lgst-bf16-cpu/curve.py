"""LGST's accuracy against its steps under bf16 autocast, on whole fits of ../seeds-gpu/sweep.py (WORK/data/SEED/CATEGORY,
WORK/work/CATEGORY-SEED): every other stage read from the fit's cache, LGST retrained once with `lgst_bf16` and snapshots taken
at STEPS (the last, max(STEPS), is the full schedule, with its learning-rate drop at 95 %; earlier snapshots are before any drop); for each,
LGST's quantiles, the fusion statistics and the threshold refitted on the validation images, then `evaluate` on the test set.
Run: [CATS="pins ..."] [SCHEDULE=cosine] python curve.py SEED WORK OUT.json STEP [STEP ...]"""
import copy, json, os, sys, time, torch
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.lgst import train_lgst
from refit_lgst import cached_fit, with_lgst
SCHEDULE = os.environ.get('SCHEDULE', 'step')    # step: the library's (lr / 10 at 95 %); cosine: lr to 0 along a half cosine
if SCHEDULE == 'cosine':                          # an experiment: train_lgst's MultiStepLR([0.95 n]) replaced by a cosine over n
    torch.optim.lr_scheduler.MultiStepLR = lambda opt, ms, g: torch.optim.lr_scheduler.CosineAnnealingLR(opt, round(ms[0] / 0.95))
seed, root, out, steps = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), [int(s) for s in sys.argv[4:]]
res = json.loads(out.read_text()) if out.is_file() else {}
for cat in os.environ.get('CATS', 'pins connectors parts').split():
    m, data, train, val, ft, fv = cached_fit(cat, seed, root)
    snaps, stamp = {}, {}
    def keep(i, model):
        if i in steps: snaps[i] = copy.deepcopy(model).eval(); stamp[i] = time.time()
    t1 = time.time()
    cfg = CSADConfig.make(cat, lgst_bf16=True, lgst_iterations=max(steps))
    train_lgst(train, m.backbone, cfg, feats=ft, callback=keep)
    for i in steps:
        ev = with_lgst(m, snaps[i], data, val, fv)
        res[f'{cat} | bf16 | step {i} of {max(steps)}' + ('' if SCHEDULE == 'step' else f' | {SCHEDULE}')] = dict(auroc=ev['auroc'], by_type=ev['auroc_by_type'], lgst_seconds=round(stamp[i] - t1, 1))
        print(cat, i, round(stamp[i] - t1), {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, flush=True)
        out.write_text(json.dumps(res, indent=1, default=float))
