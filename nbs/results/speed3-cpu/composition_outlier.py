"""Why the demo with the folded backbone scored 91.6. Part 1: the composition scores of the good and anomalous test images of
the parts model of csad demo (data seed 0) with the folded backbone (demo5) and with the kept code (demo6). Part 2: the
composition descriptors of the training images and of the two outlying good test images of demo5, and the dimensions where
those lie farthest from the training mean, in training standard deviations. Output: composition_outlier.log."""
import numpy as np, torch
torch.set_num_threads(1)
from csad.pipeline import CSAD, read_images
from csad.data import load_category
from csad.segmenter import predict_maps
for name in ('demo5', 'demo6'):
    m = CSAD.load(f'/work/scratch/{name}/csad-demo/parts.csad', device='cpu')
    c = load_category(f'/work/scratch/{name}/csad-demo/data/parts')
    good = [s for s in c.test if s.label == 'good'] if hasattr(c.test[0], 'label') else None
    ims = read_images(c.test, 256)
    maps = predict_maps(m.backbone, m.decoder, ims)
    sc = m.composition(maps, images=ims)
    lab = np.array([s.label for s in c.test])
    print(name, 'test kinds', sorted(set(lab))[:6])
    g = np.array([str(k) in ('good', '') for k in lab])
    order = np.argsort(-sc)
    thr = np.sort(sc[~g])[0]
    print(name, 'good scores top 4:', np.round(np.sort(sc[g])[-4:], 1), 'anomaly min 4:', np.round(np.sort(sc[~g])[:4], 1), 'anomaly max:', np.round(sc[~g].max(), 1), 'anomalies above the top good:', int((sc[~g] > sc[g].max()).sum()), 'of', int((~g).sum()))
    top = np.nonzero(g)[0][np.argsort(-sc[g])[:2]]
    for t in top: print('   good', c.test[t].path.name, 'score', round(float(sc[t]), 1), 'class pixels', np.bincount(maps[t].ravel(), minlength=5))
# part 2
from csad.composition import composition
from csad.core import image_uint8
from csad.pipeline import resized
from csad.core import image_uint8
from csad.pipeline import resized
m = CSAD.load('/work/scratch/demo5/csad-demo/parts.csad', device='cpu')
c = load_category('/work/scratch/demo5/csad-demo/data/parts')
tr = resized([image_uint8(s.path) for s in c.train], 256)
te = read_images(c.test, 256)
mt, me = predict_maps(m.backbone, m.decoder, tr), predict_maps(m.backbone, m.decoder, te)
b = m.composition
Dt = composition(mt, b.n_classes, None, b.blocks, tr); De = composition(me, b.n_classes, None, b.blocks, te)
mu, sd = Dt.mean(0), Dt.std(0)
names = [s.path.name for s in c.test]
for t in ('008.png', '013.png'):
    i = [k for k, s in enumerate(c.test) if s.label == 'good' and s.path.name == t][0]
    z = (De[i] - mu) / (sd + 1e-12)
    j = np.argsort(-np.abs(z))[:4]
    print(t, 'top |z| dims', j, np.round(z[j], 1), 'values', np.round(De[i][j], 4), 'train mean', np.round(mu[j], 4), 'train sd', np.round(sd[j], 5))
print('dims', Dt.shape, 'count block per class (train unique counts):', [np.unique(np.round(np.expm1(Dt[:, 4 + k]))) for k in range(4)])
