# the three seed-97 fits, one after another, alone on the machine (run from this folder), then the rule
for c in pins connectors parts; do
  OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 97 . /work/scratch/s97 '{"nobend": {"composition_blocks": ["area", "count", "shape", "place", "colour"]}}' > $c-97-log.txt 2>&1
  echo "$c done $(date +%T)" >> runs.log
done
python check.py 97 >> runs.log  # wrote check.json then; check-97.json since 2>&1
