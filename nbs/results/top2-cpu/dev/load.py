"""Rebuild the seed-S default model from its cached stages; dump label maps of val/test/train and images."""
import sys, pickle, numpy as np, torch
torch.set_num_threads(2)
from pathlib import Path
from csad.core import CSADConfig
from csad.data import load_category
from csad.pipeline import CSAD, read_images, resized, defect_types
from csad.backbone import backbone_features
from csad.core import image_uint8
cat, seed, root = sys.argv[1], sys.argv[2], Path(sys.argv[3])
d = root/'data'/seed/cat
m = CSAD(CSADConfig.make(cat)).fit(d, root/'work'/f'{cat}-{seed}', progress=False)
c = load_category(d); S = 256
tr = resized([image_uint8(s.path) for s in c.train], S); va = read_images(c.validation, S); te = read_images(c.test, S)
out = dict(kinds=defect_types(c), labels=[s.label for s in c.test], n_classes=m.info['n_classes'], tr=tr, va=va, te=te)
for k, x in (('tr', tr), ('va', va), ('te', te)):
    s, maps, _ = m._run(x); out[k + '_maps'] = np.stack(maps); out[k + '_scores'] = s
pickle.dump(out, open(f'{cat}-{seed}.pkl', 'wb'))
print('done', m.info)
