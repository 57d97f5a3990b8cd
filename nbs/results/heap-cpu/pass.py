"""One Lite0 pass over 48 shared juice_bottle training images at 256 px, timed, with the page faults it takes:
python pass.py BATCH. Run it with CSAD_KEEP_FREED_MEMORY=0 for glibc malloc's defaults (csad.core.keep_freed_memory)."""
import os, resource, statistics, sys, time
from csad.backbone import Backbone, backbone_features
from csad.core import image_uint8
from csad.data import load_category
from csad.pipeline import resized
cat = load_category('/work/shared/data/loco-normals/juice_bottle')
ims = resized([image_uint8(s.path) for s in cat.train[:48]], 256)
bb, b = Backbone('efficientnet_lite0'), int(sys.argv[1])
backbone_features(bb, ims, batch=b)                                   # warm-up
f0, ms = resource.getrusage(resource.RUSAGE_SELF).ru_minflt, []
for _ in range(5):
    t = time.perf_counter(); backbone_features(bb, ims, batch=b); ms.append((time.perf_counter() - t) / len(ims) * 1000)
print(f"keep {os.environ.get('CSAD_KEEP_FREED_MEMORY', '1')} batch {b}: median {statistics.median(ms):.1f} ms per image "
      f"{[round(v, 1) for v in ms]}, {(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0) / 5:,.0f} page faults a pass")
