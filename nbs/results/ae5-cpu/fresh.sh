# the check at data seed 131 of README.md (only after the development rule held): a default fit of each category, then
# the ae5 variant on its cache; one run after another, each alone on 2 cores (PYTHONPATH: a worktree of the commit)
S=/work/scratch/s131
for c in connectors pins parts; do
  OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 131 $S/res $S 2>&1 | grep -av "it/s\|s/it" | tail -2
  python ../batch1-cpu/variant.py $c 131 $S . ae6 '{}' 2>&1 | grep -av "it/s\|s/it" | tail -1
  python ../batch1-cpu/variant.py $c 131 $S . ae5 '{"ae_stages": 5}' 2>&1 | grep -av "it/s\|s/it" | tail -1
done
cp $S/res/*-fit.json .
