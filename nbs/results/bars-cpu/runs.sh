# seed 109 (README.md): default fits from a worktree of the rule's commit, then the label maps dumped for both arms
S=/work/scratch/s109
for c in pins connectors parts; do
  PYTHONPATH=/work/scratch/wt OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 109 $S/res $S 2>&1 | grep -v "it/s\|s/it" | tail -3
done
for c in pins connectors parts; do
  (cd /work/scratch/diag && PYTHONPATH=/work/scratch/wt python load.py $c 109 $S 2>&1 | tail -1)
done
# then both arms with the library of the branch's commit, on the same cached fits (run after the fits above)
for c in pins connectors parts; do
  python ../batch1-cpu/variant.py $c 109 $S . base '{}'        2>&1 | grep -v "it/s\|s/it" | tail -1
  python ../batch1-cpu/variant.py $c 109 $S . bars '{"bent_bar": true}' 2>&1 | grep -v "it/s\|s/it" | tail -1
done
cp $S/res/*-fit.json .
python check.py
