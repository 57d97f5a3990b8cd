"""The nearest-patch branch's image scores by the full search (the map's maximum) and by `NearestPatch.image_scores`,
on every 7th test image of a category, one image at a time, 2 threads: python np_speed.py ROOT SEED CATEGORY..."""
import sys, time, numpy as np, torch
torch.set_num_threads(2)
from pathlib import Path
from csad.backbone import Backbone
from csad.core import image_uint8, to_batch
from csad.data import load_category
from csad.pipeline import read_images, resized
from csad.nearest_patch import NearestPatch
root, seed = Path(sys.argv[1]), sys.argv[2]
bb = Backbone('efficientnet_lite0')
for cat in sys.argv[3:]:
    c = load_category(root/'data'/seed/cat)
    npb = NearestPatch(bb.channels[8], 65536, 2.).fit(bb, resized([image_uint8(s.path) for s in c.train], 256))
    te = read_images(c.test, 256)[::7]
    f = [npb.features(bb, to_batch(x[None])) for x in te]
    npb.image_scores(f[0]); npb(f[0])                                        # warm-up
    t = []
    for fn in (lambda g: npb(g).flatten(1).amax(1), npb.image_scores):
        s = time.perf_counter(); r = torch.cat([fn(g) for g in f]); t.append(((time.perf_counter() - s) / len(f) * 1000, r))
    print(f"{cat} seed {seed}: {len(f)} images, bank {len(npb.memory)}; full search {t[0][0]:.0f} ms an image, image_scores {t[1][0]:.0f} ms; "
          f"largest relative difference {((t[0][1] - t[1][1]).abs() / t[0][1]).max().item():.1e}", flush=True)
