"""20 segmenter epochs on the shared juice images' pseudo-labels (written by `csad pseudo-label` to the folder given), timed:
python seg20.py PSEUDO_LABEL_DIR (CSAD_KEEP_FREED_MEMORY=0 for glibc malloc's defaults)"""
import os, resource, sys, time
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.pseudo_labels import read_pseudo_labels
from csad.segmenter import seg_data, train_segmenter
from csad.backbone import Backbone
cat = load_category('/work/shared/data/loco-normals/juice_bottle'); cfg = CSADConfig.make(cat.name)
pl = read_pseudo_labels(sys.argv[1])
data = seg_data(pl, {s.name: image_uint8(s.path) for s in cat.train}, 256)
bb = Backbone(cfg.preset.backbone)
r0 = resource.getrusage(resource.RUSAGE_SELF); t = time.time()
train_segmenter(data, bb, cfg, 'lsa', epochs=int(os.environ.get('EP', 20)))
r1 = resource.getrusage(resource.RUSAGE_SELF)
print(f"keep {os.environ.get('CSAD_KEEP_FREED_MEMORY', '1')}: {time.time()-t:.1f} s wall, user {r1.ru_utime-r0.ru_utime:.1f} sys {r1.ru_stime-r0.ru_stime:.1f}, faults {r1.ru_minflt-r0.ru_minflt}")
