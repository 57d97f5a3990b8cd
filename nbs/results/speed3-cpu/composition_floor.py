"""A diagnostic for the next session (nothing here is in the library): the composition branch's test AUROC (mean of logical and
structural) when the Mahalanobis distance floors the standard deviation of the count block alone (FLOOR, in log(1 + pieces)
units; 1e-3 elsewhere, as the library does everywhere), on the segmenters of csad demo (parts, seed 0; folded backbone:
demo5, kept code: demo6) and of the seed-77 fits. Maps predicted with the kept (unfolded) backbone. Output: composition_floor.log."""
import numpy as np, torch, functools, glob, sys
torch.set_num_threads(2)
import csad.composition as CM
from csad.patch_histogram import Mahalanobis
from csad.backbone import Backbone
from csad.segmenter import SegDecoder, predict_maps
from csad.data import load_category
from csad.core import image_uint8, CSADConfig
from csad.pipeline import resized, read_images
from csad.metrics import loco_auroc
bb = Backbone()
runs = [('demo folded', '/work/scratch/demo5/csad-demo/data/parts', '/work/scratch/demo5/csad-demo/work'),
        ('demo kept', '/work/scratch/demo6/csad-demo/data/parts', '/work/scratch/demo6/csad-demo/work')] + \
       [(f'{c} 77', f'/work/scratch/s77/data/77/{c}', f'/work/scratch/s77/work/{c}-77') for c in ('pins', 'connectors', 'parts')]
for name, data, work in runs:
    dec = SegDecoder.load(sorted(glob.glob(work + '/segmenter-*.safetensors'))[0], 'cpu')
    c = load_category(data); cat = c.name
    tr = resized([image_uint8(s.path) for s in c.train], 256); va = read_images(c.validation, 256); te = read_images(c.test, 256)
    mt, mv, me = (predict_maps(bb, dec, x) for x in (tr, va, te))
    labels = [s.label for s in c.test]
    blocks = CSADConfig.make(cat).preset.composition_blocks
    row = []
    n = dec.hparams['n_classes']
    for floor in (1e-3, 0.05, 0.1, 0.15):
        fl = np.full(4096, 1e-3); fl[n:2 * n] = floor          # area block first (n dims), then the count block (n dims)
        class M(Mahalanobis):
            def fit(self, X):
                self.min_std = fl[:np.asarray(X).shape[1]]; return super().fit(X)
        CM.Mahalanobis = M
        b = CM.CompositionBranch(dec.hparams['n_classes'], blocks).fit(mt, mv, train_images=tr, val_images=va)
        a = loco_auroc(b(me, images=te), labels)
        row.append(f"{floor}: {a['mean'] * 100:.1f}")
    print(name, ' | '.join(row), flush=True)
