"""LGST's learning rate against a label-free criterion, on whole fits of ../seeds-gpu/sweep.py (WORK/data/SEED/CATEGORY,
WORK/work/CATEGORY-SEED): every other stage read from the fit's cache, LGST retrained (bf16, 2,000 steps) at each LR; the
label-free criterion is the students' error on the normal validation images (mean of the raw st and ae maps, the numbers
the map normalisation starts from), recorded beside the test AUROC after the quantiles, fusion and threshold are refitted.
Run: [CATS="pins ..."] python lr.py SEED WORK OUT.json LR [LR ...]"""
import json, os, sys, time, torch
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.lgst import train_lgst, lgst_raw_maps
from refit_lgst import cached_fit, with_lgst
seed, root, out, lrs = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), [float(s) for s in sys.argv[4:]]
res = json.loads(out.read_text()) if out.is_file() else {}
for cat in os.environ.get('CATS', 'pins connectors parts').split():
    m, data, train, val, ft, fv = cached_fit(cat, seed, root)
    for lr in lrs:
        t0 = time.time()
        lg, hist = train_lgst(train, m.backbone, CSADConfig.make(cat, lgst_lr=lr), feats=ft)
        st, ae = lgst_raw_maps(lg, m.backbone, val, feats=fv)
        ev = with_lgst(m, lg, data, val, fv)
        res[f'{cat} | lr {lr:g}'] = dict(val_st=st.mean().item(), val_ae=ae.mean().item(),
                                         train_hard_last100=sum(h['hard'] for h in hist[-100:]) / 100,
                                         auroc=ev['auroc'], by_type=ev['auroc_by_type'], seconds=round(time.time() - t0, 1))
        r = res[f'{cat} | lr {lr:g}']
        print(cat, lr, 'val st', round(r['val_st'], 4), 'val ae', round(r['val_ae'], 4), {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, flush=True)
        out.write_text(json.dumps(res, indent=1, default=float))
