# the three seed-71 fits, one after another, alone on the machine (run from this folder)
for c in pins connectors parts; do
  OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 71 . /work/scratch/s71 > $c-71-log.txt 2>&1
  echo "$c done $(date +%T)"
done
