"Detection and segmentation of a segmenter: Patch Histogram and composition (area + count) image AUROC on the test images, test mIoU."
import numpy as np, torch, json
torch.set_num_threads(1)
from csad.data import load_category
from csad.segmenter import SegDecoder, predict_maps, evaluate_segmentation
from csad.backbone import Backbone
from csad.core import resize_pair, image_uint8, CSADConfig
from csad.patch_histogram import PatchHistogram
from csad.composition import CompositionBranch
from csad.metrics import loco_auroc
root, cname, seg, out, tag = sys.argv[1:6]
cat = load_category(f'{root}/{cname}'); cfg = CSADConfig.make(cname)
dec = SegDecoder.load(seg); bb = Backbone('efficientnet_lite0'); n = dec.hparams['n_classes']
P = lambda ss: predict_maps(bb, dec, np.stack([resize_pair(image_uint8(s.path), None, 256)[0] for s in ss]))
tr, va, te = P(cat.train), P(cat.validation), P(cat.test)
labels = [s.label for s in cat.test]
r = dict(category=cname, data_seed=int(root.rstrip('/').split('data')[-1]) if 'data' in root.split('/')[-1] else 0, variant=tag,
         seconds_train=json.load(open(seg + '.json')).get('seconds_train'))
for name, b in (('patch_hist', PatchHistogram(n, cfg.category.patch_sizes).fit(tr, va)), ('composition', CompositionBranch(n, ('area', 'count')).fit(tr, va))):
    r[name] = loco_auroc(np.asarray(b(te)), labels)
r['segmentation'] = evaluate_segmentation(bb, dec, cat, 256)
json.dump(r, open(out, 'w'), indent=1, default=float); print(tag, r['segmentation']['miou'], {k: round(r[k]['mean'] * 100, 1) for k in ('patch_hist', 'composition')})
