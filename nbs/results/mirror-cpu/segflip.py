"Segmenter variants on a category with cached pseudo-labels: flips of the labelled images as augmentation."
import sys, json, time, numpy as np, torch
torch.set_num_threads(int(sys.argv[5]) if len(sys.argv) > 5 else 1)
import csad.segmenter as S
from csad.backbone import backbone_features, Backbone
from csad.core import CSADConfig
root, cname, wd, variant = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
FL = [lambda a: a, lambda a: a[..., ::-1, :] if a.ndim == 3 else a[:, ::-1], lambda a: a[::-1], lambda a: a[::-1, ::-1] if a.ndim == 2 else a[::-1, ::-1, :]]
orig = S.labelled_batch
def lb(data, idx, backbone, augment, rng, prob, min_distance):
    from csad.lsa import lsa_augment
    if not hasattr(data, 'ff'):
        n = data.n_labelled
        data.ff = [None] + [tuple(backbone_features(backbone, np.ascontiguousarray(np.stack([FL[t](im) for im in data.images[:n]])), (4, 16)).values()) for t in (1, 2, 3)]
    ts = rng.integers(0, 4 if variant == 'flip4' else 2, size=len(idx))
    f4 = torch.stack([data.feats[0][i] if t == 0 else data.ff[t][0][i] for i, t in zip(idx, ts)])
    f16 = torch.stack([data.feats[1][i] if t == 0 else data.ff[t][1][i] for i, t in zip(idx, ts)])
    maps = np.stack([np.ascontiguousarray(FL[t](data.maps[i])) for i, t in zip(idx, ts)])
    aug = [j for j in range(len(idx)) if augment != 'none' and rng.random() < prob]
    if aug:
        pairs = [lsa_augment(np.ascontiguousarray(FL[ts[j]](data.images[idx[j]])), maps[j], rng, min_distance)[:2] for j in aug]
        a = backbone_features(backbone, np.stack([p[0] for p in pairs]), (4, 16))
        f4[aug], f16[aug] = a[4], a[16]
        for j, (_, m) in zip(aug, pairs): maps[j] = m
    return f4, f16, torch.from_numpy(maps).to(f4.device)
if variant.startswith('flip'): S.labelled_batch = lb
cfg = CSADConfig.make(cname)
import shutil, os
out = f'{wd}/v-{variant}'; os.makedirs(out, exist_ok=True)
for f in ('pseudo_labels', 'pseudo_labels.json'):
    if not os.path.exists(f'{out}/{f}'): os.symlink(f'{wd}/{f}', f'{out}/{f}')
t = time.time(); r = S.fit_segmenter(f'{root}/{cname}', out, cfg, progress=False)
print(variant, round(time.time() - t, 1), json.dumps({k: r[k] for k in ('miou', 'miou_good', 'miou_logical', 'iou_good')}))
