import time, numpy as np, torch
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.backbone import Backbone
from csad.lgst import train_lgst
cfg = CSADConfig.make('parts', preset='paper', backbone='efficientnet_lite0', proposer='offline')
bb = Backbone('efficientnet_lite0').eval()
imgs = (np.random.default_rng(0).random((8, 256, 256, 3)) * 255).astype(np.uint8)
for n in (3, 13):
    t = time.time(); train_lgst(imgs, bb, cfg, iterations=n); print(n, 'steps', round(time.time() - t, 2), flush=True)
