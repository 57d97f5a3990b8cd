# the three seed-83 fits, one after another, alone on the machine (run from this folder), then the nearest-patch scores
for c in pins connectors parts; do
  OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 83 . /work/scratch/s83 > $c-83-log.txt 2>&1
  echo "$c done $(date +%T)"
done
python check.py 83 /work/scratch/s83
