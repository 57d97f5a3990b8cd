# the three seed-101 fits, one after another, alone on the machine (run from this folder), then the rule
for c in pins connectors parts; do
  OVER='{}' THREADS=2 python -u ../seeds-gpu/sweep.py $c 101 . /work/scratch/s101 '{"nobend": {"composition_blocks": ["area", "count", "shape", "place", "colour"]}}' > $c-101-log.txt 2>&1
  echo "$c done $(date +%T)" >> runs101.log
done
python check.py 101 >> runs101.log 2>&1
