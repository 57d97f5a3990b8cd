# seed 107 (README.md): default fits from a worktree of the rule's commit, then both arms on the same cached fits
S=/work/scratch/s107
for c in pins connectors parts; do
  PYTHONPATH=/work/scratch/wt OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 107 $S/res $S 2>&1 | grep -v "it/s\|s/it" | tail -3
done
cp $S/res/*-fit.json .
for c in pins connectors parts; do
  python ../batch1-cpu/variant.py $c 107 $S . base '{}' 2>&1 | grep -v "it/s\|s/it" | tail -1
  python ../batch1-cpu/variant.py $c 107 $S . merge '{"composition_merge": 1.6}' 2>&1 | grep -v "it/s\|s/it" | tail -1
done
python check.py
