import torch, numpy as np, cv2, glob, sys, os, time, collections
torch.set_num_threads(2)
import csad.lgst as L
from csad.core import CSADConfig
from csad.backbone import Backbone
fs = sorted(glob.glob('/work/shared/data/loco-normals/juice_bottle/train/good/*.png'))[:60]
images = np.stack([cv2.resize(cv2.imread(f)[:, :, ::-1], (256, 256), interpolation=cv2.INTER_AREA) for f in fs])
import json, os; cfg = CSADConfig.make("juice_bottle", **json.loads(os.environ.get("OVER", "{}"))); bb = Backbone(cfg.preset.backbone)
T = collections.defaultdict(float)
def wrap(mod, name):
    f = getattr(mod, name)
    def g(*a, **k):
        t0 = time.perf_counter(); r = f(*a, **k); T[name] += time.perf_counter() - t0; return r
    setattr(mod, name, g)
for n in ('lgst_batch', 'penalty_batch', 'lgst_losses', 'imagenet_normalize', 'to_batch'): wrap(L, n)
_bw = torch.Tensor.backward
def bw(self, *a, **k):
    t0 = time.perf_counter(); r = _bw(self, *a, **k); T['backward'] += time.perf_counter() - t0; return r
torch.Tensor.backward = bw
_st = torch.optim.Adam.step
def st(self, *a, **k):
    t0 = time.perf_counter(); r = _st(self, *a, **k); T['adam'] += time.perf_counter() - t0; return r
torch.optim.Adam.step = st
N = 200; TS = []
m, h = L.train_lgst(images, bb, cfg, iterations=N, callback=lambda i, m: TS.append(time.perf_counter()))
tot = TS[-1] - TS[0]
print('per step ms (all):', round(1000 * tot / (N - 1), 1))
for k, v in T.items(): print(k, round(1000 * v / N, 2))
