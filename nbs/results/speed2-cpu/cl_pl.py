import time, numpy as np, torch, sys
from pathlib import Path
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.pseudo_labels import image_masks, label_maps
from csad.foundation import make_proposer
from csad.backbone import Backbone
from csad.clustering import component_crop, component_features, geometry
torch.set_num_threads(2)
catname, folder = sys.argv[1], sys.argv[2]
cfg = CSADConfig.make(catname, 'cpu')
cat = load_category(folder)
work = Path('/work/scratch/plwork-' + catname)
offline = dict(hidden=True, framed=True) if cfg.category.hidden_parts else {}
prop = make_proposer('offline', offline=offline)
samples = cat.train
p = cfg.preset
if p.pseudo_max_images and len(samples) > p.pseudo_max_images:
    keep = set(np.random.default_rng(cfg.seed).choice(len(samples), p.pseudo_max_images, replace=False).tolist())
    samples = [s for i, s in enumerate(samples) if i in keep]
masked = image_masks(samples, None, prop, work/'masks', cfg, False)
bb = Backbone(cfg.preset.backbone, strides=(cfg.preset.feature_stride,))
crops, geo, idx, area = [], [], [], []
for i, (img, masks) in enumerate(masked):
    for m in masks: crops.append(component_crop(img, m)); geo.append(geometry(m)); idx.append(i); area.append(m.sum())
orig = Backbone.forward
res = {}
for mode in ('plain', 'cl'):
    if mode == 'cl':
        def fwd(self, x, strides=None): return {s: v.contiguous() for s, v in orig(self, x.contiguous(memory_format=torch.channels_last), strides).items()}
        Backbone.forward = fwd
    t = time.time()
    f = np.concatenate([component_features(bb, crops[j:j + 64], p.n_rotations, p.feature_stride) for j in range(0, len(crops), 64)])
    ft = time.time() - t
    comp = dict(features=f, geometry=np.array(geo).reshape(-1, 2), image=np.array(idx, int), area=np.array(area, int))
    maps, n, sizes, bw, scan = label_maps(masked, comp, cfg)
    res[mode] = (f, maps, n, bw)
    print(mode, f'features {ft:.1f} s, classes {n}, bw {bw:.4f}')
fa, fb = res['plain'][0], res['cl'][0]
print('feature max abs diff', np.abs(fa - fb).max(), 'scale', np.abs(fa).mean())
print('maps identical', all((a == b).all() for a, b in zip(res['plain'][1], res['cl'][1])))
