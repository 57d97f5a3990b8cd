#!/bin/bash
# How nbs/results/seeds-gpu was made (2026-11-30, one NVIDIA H200, 16 CPU cores; PyTorch 2.11): from the repository root,
#   bash nbs/results/seeds-gpu/go.sh OUT
# csad bench on the GPU (float32, then float16 autocast), then nine `sweep.py` runs in parallel — three synthetic
# categories x the data seeds 123, 7 and 2024, which the notebooks never use — each writing its JSON files into OUT.
OUT=${1:-seeds-out}; mkdir -p $OUT; W=$(mktemp -d)
csad bench --device cuda --runs 300 --json $OUT/bench-h200.json
csad bench --device cuda --half --runs 300 --json $OUT/bench-h200-half.json
V123='{"jit":{"lgst_st_images":"jittered"},"s1000":{"lgst_iterations":1000},"s4000":{"lgst_iterations":4000},"s500":{"lgst_iterations":500},"lr3e-4":{"lgst_lr":0.0003},"lr3e-4-s4000":{"lgst_lr":0.0003,"lgst_iterations":4000}}'
VP='{"seg80":{"seg_epochs":80,"seg_supervised_epochs":30}}'
VP123='{"seg80":{"seg_epochs":80,"seg_supervised_epochs":30},"jit":{"lgst_st_images":"jittered"},"s1000":{"lgst_iterations":1000},"s4000":{"lgst_iterations":4000},"s500":{"lgst_iterations":500},"lr3e-4":{"lgst_lr":0.0003},"lr3e-4-s4000":{"lgst_lr":0.0003,"lgst_iterations":4000}}'
for s in 123 7 2024; do for c in pins connectors parts; do
  v='{}'; [ $s = 123 ] && v=$V123; [ $c = parts ] && v=$VP; [ $c = parts ] && [ $s = 123 ] && v=$VP123
  THREADS=2 python3 nbs/results/seeds-gpu/sweep.py $c $s $OUT $W "$v" > $OUT/log-$c-$s.txt 2>&1 &
done; done
wait
