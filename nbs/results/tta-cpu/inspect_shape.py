"""Per-class piece shapes of predicted maps: train / val / test (by defect type), from a cached fit."""
import json, sys, numpy as np, torch
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.pipeline import CSAD, resized, read_images, defect_types
from csad.backbone import backbone_features
from csad.segmenter import decode_maps
from csad.composition import piece_stats, composition, CompositionBranch
import pickle
cat, seed, root = sys.argv[1], sys.argv[2], Path(sys.argv[3])
over = json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}
data = root/'data'/seed/cat
m = CSAD(CSADConfig.make(cat, **over)).fit(data, root/'work'/f'{cat}-{seed}', progress=False)
c, size = load_category(data), m.cfg.preset.image_size
train, val, test = resized([image_uint8(s.path) for s in c.train], size), read_images(c.validation, size), read_images(c.test, size)
maps = {k: decode_maps(m.decoder, backbone_features(m.backbone, x), size) for k, x in (('train', train), ('val', val), ('test', test))}
maps = {k: np.asarray(v) for k, v in maps.items()}
pickle.dump(dict(maps=maps, images=dict(train=train, val=val, test=test), types=[str(t) for t in defect_types(c)],
                 labels=[s.label for s in c.test], n=m.info['n_classes']), open(root/f'{cat}-{seed}-maps.pkl', 'wb'))
print('saved', {k: v.shape for k, v in maps.items()})
