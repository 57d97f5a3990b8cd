import time, numpy as np, torch, shutil
from pathlib import Path
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.pseudo_labels import image_masks, _load_masks, mask_workers
from csad.foundation import make_proposer
torch.set_num_threads(2)
cfg = CSADConfig.make('juice_bottle', 'cpu')
cat = load_category('/work/shared/data/loco-normals/juice_bottle')
work = Path('/work/scratch/plwork-par'); shutil.rmtree(work, ignore_errors=True)
dec=[image_uint8(s.path) for s in cat.train]
prop = make_proposer('offline', offline=dict(hidden=True, framed=True) if cfg.category.hidden_parts else {})
print('workers', mask_workers(prop, 60))
t=time.time(); masked = image_masks(cat.train, dec, prop, work, cfg, False); print('masks', time.time()-t)
same = True
for s, (img, ms) in zip(cat.train, masked):
    ref, sh = _load_masks(Path('/work/scratch/plwork/masks')/f'{s.name}.npz')
    same &= len(ref) == len(ms) and all((a == b).all() for a, b in zip(ref, ms))
print('identical to sequential', same)
t=time.time(); masked2 = image_masks(cat.train, dec, prop, work, cfg, False); print('cached', time.time()-t)
