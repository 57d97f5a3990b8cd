S=/work/scratch/s149
for c in pins connectors parts; do
  PYTHONPATH=/work/scratch/wt149 OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 149 $S/res $S 2>&1 | grep -v "it/s\|s/it" | tail -3
done
cp $S/res/*-fit.json $S/res/*-scores.json .
