#!/bin/bash
# The pseudo-label stage of the previous code (a worktree of main at OLD, on PYTHONPATH) and of this change, each from an
# empty work folder, on the shared juice_bottle images and the three synthetic categories (data seed 0): seconds, and
# whether pseudo_labels.json and every map agree. Run: bash pl_same.sh OLD_TREE WORK [TAG]; with TAG only this change runs,
# into WORK/TAG-CATEGORY, and is compared with the old run already in WORK.
set -e
OLD=$1; W=$2; NEW=${3:-new}; mkdir -p $W
for c in pins connectors parts; do [ -d $W/data/$c ] || csad synth $c --out $W/data --seed 0 --quiet; done
for c in juice_bottle pins connectors parts; do
  d=$W/data/$c; [ $c = juice_bottle ] && d=/work/shared/data/loco-normals/juice_bottle
  for v in $([ $NEW = new ] && echo old) $NEW; do
    rm -rf $W/$v-$c; s=$(date +%s.%N)
    if [ $v = old ]; then PYTHONPATH=$OLD csad pseudo-label $d --out $W/$v-$c --quiet > $W/$v-$c.log 2>&1
    else csad pseudo-label $d --out $W/$v-$c --quiet > $W/$v-$c.log 2>&1; fi
    echo "$c $v $(python -c "import time; print(round(time.time() - $s, 1))") s"
  done
  python - $W/old-$c $W/$NEW-$c <<'P'
import sys, json, numpy as np
from pathlib import Path
from PIL import Image
a, b = map(Path, sys.argv[1:])
ja, jb = (json.loads((p/'pseudo_labels.json').read_text()) for p in (a, b))
maps = sorted(p.name for p in (a/'pseudo_labels').glob('*.png'))
same = maps == sorted(p.name for p in (b/'pseudo_labels').glob('*.png')) and all(
    np.array_equal(np.array(Image.open(a/'pseudo_labels'/m)), np.array(Image.open(b/'pseudo_labels'/m))) for m in maps)
keys = [k for k in ja if not k.startswith('seconds') and ja[k] != jb.get(k)]
print(f"  {len(maps)} maps identical: {same}; pseudo_labels.json fields that differ: {keys or 'none'}")
P
done
