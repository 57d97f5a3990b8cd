"Nearest-patch scores with every second training position as the bank (no coreset), on the CPU: python nearest_full.py 2 8 2 (zoom, stride, subsample)."
import os
DATA = os.environ.get('DATA', 'data')   # csad synth CATEGORY --out DATA/SEED --seed SEED, for the three categories and seeds
import json, sys, time, numpy as np, torch, torch.nn.functional as F
from csad.backbone import Backbone
from csad.data import load_category
from csad.pipeline import read_images, resized
from csad.core import to_batch, image_uint8
torch.set_num_threads(2)
bb = Backbone()
zoom, stride, sub = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
@torch.inference_mode()
def feats(x):
    out = []
    for i in range(0, len(x), 4):
        t = to_batch(x[i:i + 4])
        if zoom != 1: t = F.interpolate(t, scale_factor=zoom, mode='bilinear', align_corners=False)
        out.append(F.avg_pool2d(bb(t, (stride,))[stride], 3, 1, 1))
    return torch.cat(out)
@torch.inference_mode()
def scores(mem, x):
    q = feats(x).flatten(2).transpose(1, 2)
    return np.array([torch.stack([torch.cdist(qq, c).amin(1) for c in mem]).amin(0).amax().item() for qq in q])
for s in (123, 7, 2024):
    for c in ('pins', 'connectors', 'parts'):
        t0 = time.time(); cat = load_category(f'{DATA}/{s}/{c}')
        tr, va, te = (read_images(getattr(cat, k), 256) for k in ('train', 'validation', 'test'))
        ft = feats(tr)[:, :, ::sub, ::sub]
        mem = ft.flatten(2).transpose(1, 2).flatten(0, 1).split(16384)
        out = dict(val=scores(mem, va).tolist(), test=scores(mem, te).tolist(), bank=int(sum(len(m) for m in mem)))
        json.dump(out, open(f'nbs/results/seeds-gpu/knn-full-{c}-{s}.json', 'w'))
        print(c, s, out['bank'], round(time.time() - t0, 1), flush=True)
