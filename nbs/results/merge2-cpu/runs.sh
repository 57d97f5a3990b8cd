# seed 103 (README.md): default fits by ../seeds-gpu/sweep.py (run from a worktree of the commit before the option, so
# that editing the library could not touch them), then both arms evaluated on the same cached fits with the library
S=/work/scratch/s103
for c in pins connectors parts; do
  PYTHONPATH=/work/scratch/wt OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 103 $S/res $S 2>&1 | grep -v "it/s\|s/it" | tail -3
done
for c in pins connectors parts; do
  python ../batch1-cpu/variant.py $c 103 $S . base '{}' 2>&1 | grep -v "it/s\|s/it" | tail -1
  python ../batch1-cpu/variant.py $c 103 $S . merge '{"composition_merge": 1.6}' 2>&1 | grep -v "it/s\|s/it" | tail -1
done
python check.py
