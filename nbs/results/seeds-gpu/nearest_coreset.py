"Scores of the NearestPatch branch (a coreset bank) on the CPU: python nearest_coreset.py 4096."
import os
DATA = os.environ.get('DATA', 'data')   # csad synth CATEGORY --out DATA/SEED --seed SEED, for the three categories and seeds
import json, sys, time, numpy as np, torch
from csad.backbone import Backbone
from csad.data import load_category
from csad.pipeline import read_images
from csad.core import to_batch
from csad.nearest_patch import NearestPatch
torch.set_num_threads(2)
bb = Backbone(); bank = int(sys.argv[1])
for s in (123, 7, 2024):
    for c in ('pins', 'connectors', 'parts'):
        t0 = time.time(); cat = load_category(f'{DATA}/{s}/{c}')
        tr, va, te = (read_images(getattr(cat, k), 256) for k in ('train', 'validation', 'test'))
        b = NearestPatch(bb.channels[8], bank).fit(bb, tr); t1 = time.time()
        sc = lambda x: torch.cat([b.scores(bb, to_batch(x[i:i + 8])) for i in range(0, len(x), 8)]).tolist()
        t2 = time.time(); v = sc(va); te_s = sc(te); t3 = time.time()
        json.dump(dict(val=v, test=te_s, fit_s=t1 - t0, ms_per_image=1000 * (t3 - t2) / (len(va) + len(te))), open(f'nbs/results/seeds-gpu/knn-np{bank}-{c}-{s}.json', 'w'))
        print(c, s, 'fit', round(t1 - t0, 1), 'ms/img', round(1000 * (t3 - t2) / (len(va) + len(te)), 1), flush=True)
