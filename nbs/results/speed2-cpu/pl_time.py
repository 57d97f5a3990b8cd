import time, numpy as np, torch, shutil
from pathlib import Path
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.pseudo_labels import image_masks, features_for
from csad.foundation import make_proposer
from csad.backbone import Backbone
from csad.clustering import component_crop, component_features
torch.set_num_threads(2)
cfg = CSADConfig.make('juice_bottle', 'cpu')
cat = load_category('/work/shared/data/loco-normals/juice_bottle')
work = Path('/work/scratch/plwork'); shutil.rmtree(work, ignore_errors=True)
t=time.time(); dec=[image_uint8(s.path) for s in cat.train]; print('decode', time.time()-t)
offline = dict(hidden=True, framed=True) if cfg.category.hidden_parts else {}
prop = make_proposer('offline', offline=offline)
t=time.time(); masked = image_masks(cat.train, dec, prop, work/'masks', cfg, False); print('masks', time.time()-t, sum(len(m) for _, m in masked))
bb = Backbone(cfg.preset.backbone, strides=(cfg.preset.feature_stride,))
t=time.time(); crops=[component_crop(img, m) for img, ms in masked for m in ms]; print('crops', time.time()-t)
t=time.time(); f=component_features(bb, crops, 12, 16); print('feats', time.time()-t, f.shape)
t=time.time(); f=component_features(bb, crops[:64], 12, 16); print('feats64', time.time()-t, f.shape)
