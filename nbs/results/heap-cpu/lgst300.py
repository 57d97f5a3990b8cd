"""300 LGST steps on the 60 shared juice images, after their backbone pass, with the time and page faults they take:
python lgst300.py (CSAD_KEEP_FREED_MEMORY=0 for glibc malloc's defaults)"""
import os, resource, time
from csad.core import CSADConfig, image_uint8
from csad.data import load_category
from csad.pipeline import resized
from csad.backbone import Backbone, backbone_features
from csad.lgst import train_lgst
cat = load_category('/work/shared/data/loco-normals/juice_bottle'); cfg = CSADConfig.make(cat.name)
ims = resized([image_uint8(s.path) for s in cat.train], 256)
bb = Backbone(cfg.preset.backbone)
f0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt; t = time.time()
ft = backbone_features(bb, ims); t1 = time.time()
m, h = train_lgst(ims, bb, cfg, iterations=int(os.environ.get("IT", 300)), feats=ft); t2 = time.time()
print(f"keep {os.environ.get('CSAD_KEEP_FREED_MEMORY', '1')}: feats {t1-t:.1f} s lgst {t2-t1:.1f} s faults {resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0}")
