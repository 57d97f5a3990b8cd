# the three seed-89 fits, one after another, alone on the machine (run from this folder), then the check
for c in pins connectors parts; do
  OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 89 . /work/scratch/s89 > $c-89-log.txt 2>&1
  echo "$c done $(date +%T)"
done
python check.py 89
