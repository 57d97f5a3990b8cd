"""The LGST training step of `train_lgst`, replicated with timers, on the 60 shared juice images at 256 px (2 threads,
bf16 on CPUs with native bf16), at the local student width given. Medians of steps 11-80, ms.
Run: python step.py WIDTH"""
import torch, time, numpy as np, cv2, glob, sys
from collections import defaultdict
from csad.core import CSADConfig, imagenet_normalize, to_batch, seed_everything
from csad.lgst import *
from csad.lgst import lgst_batch
from csad.backbone import Backbone, backbone_features
torch.set_num_threads(2)
fs = sorted(glob.glob('/work/shared/data/loco-normals/juice_bottle/train/good/*.png'))[:60]
images = np.stack([cv2.resize(cv2.imread(f)[:, :, ::-1], (256, 256), interpolation=cv2.INTER_AREA) for f in fs])
W = int(sys.argv[1]); cfg = CSADConfig.make("juice_bottle", student_width=W); p = cfg.preset
bb = Backbone(p.backbone)
rng = np.random.default_rng(0); seed_everything(0)
pool = penalty_pool(); k = p.lgst_jitter_cache
sets, feats = jittered_set(images, bb, k, rng)
fmt = torch.channels_last
model = build_lgst(bb.channels, cfg).to(memory_format=fmt)
f8o = feats[8][::k+1]
fit_teacher_stats(model.teacher, [(f8o[i:i+16], None) for i in range(0, len(images), 16)])
opt = torch.optim.Adam(list(model.student.parameters()) + list(model.ae.parameters()), lr=1e-3, weight_decay=1e-5)
T = defaultdict(list)
teach = lambda a, b: model.teacher(a, b).contiguous(memory_format=fmt)
norm = lambda a: imagenet_normalize(to_batch(a, 'cpu')).contiguous(memory_format=fmt)
side = 128
for i in range(80):
    t0 = time.perf_counter()
    (x, f8, f16), (xa, f8a, f16a) = lgst_batch(images, sets, feats, rng.integers(len(images), size=2), rng, bb, p.lgst_st_images)
    t1 = time.perf_counter()
    with torch.no_grad(): t = teach(f8, f16); ta = t if x is xa else teach(f8a, f16a)
    t2 = time.perf_counter()
    xn = norm(x); pb = norm(penalty_batch(pool, rng, 1, side))
    t3 = time.perf_counter()
    with torch.autocast('cpu', torch.bfloat16):
        losses = lgst_losses(model, xn, t, xn, ta, pb, None)
    t4 = time.perf_counter()
    opt.zero_grad(); sum(losses.values()).backward()
    t5 = time.perf_counter()
    opt.step()
    t6 = time.perf_counter()
    h = {kk: vv.item() for kk, vv in losses.items()}
    t7 = time.perf_counter()
    if i >= 10:
        for n, a, b in [('batch', t0, t1), ('teach', t1, t2), ('norm+penalty', t2, t3), ('forward+losses', t3, t4), ('backward', t4, t5), ('adam', t5, t6), ('item', t6, t7), ('all', t0, t7)]:
            T[n].append(b - a)
for n, v in T.items(): print(f"{n:16s} {np.median(v)*1000:7.2f} ms")
