#!/bin/bash
# How results/mirror-cpu was made (2026-12-01, 2 CPU cores shared by up to three jobs; csad at commit 24aeb18, before
# mirroring was in the library — segflip.py adds it to that code with the same random draws as csad.segmenter now):
# for each (category, seed) pair below: data, pseudo-labels, the segmenter without (base) and with mirroring (flip4), scores.
for cs in "parts 123" "parts 7" "parts 2024" "pins 123"; do set -- $cs
  python pl.py $1 $2                                              # /tmp/s17/data$2/$1, pseudo-labels in /tmp/s17/w$2$1
  for v in base flip4; do
    python segflip.py /tmp/s17/data$2 $1 /tmp/s17/w$2$1 $v 1      # segmenter in /tmp/s17/w$2$1/v-$v/
    python evalseg.py /tmp/s17/data$2 $1 /tmp/s17/w$2$1/v-$v/segmenter.safetensors $1-$2-$([ $v = base ] && echo base || echo mirror).json $([ $v = base ] && echo base || echo mirror)
  done
done
