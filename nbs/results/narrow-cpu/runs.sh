# one at a time, alone on 2 cores; from this folder
V=../batch1-cpu/variant.py
run() { OMP_NUM_THREADS=2 python -u $V $1 $2 $3 . $4 "$5" 2>&1 | tr '\r' '\n' | grep -v "it/s" >> runs.log; }
root() { case $1 in 31) echo /work/scratch/b1/root;; 41) echo /work/scratch/s41/root;; 71) echo /work/scratch/s71;; esac; }
for v in "$@"; do
  name=${v%%=*}; over=${v#*=}
  for cs in connectors:41 pins:41 parts:41 connectors:31 pins:31 parts:31 connectors:71 pins:71 parts:71; do
    c=${cs%%:*}; s=${cs##*:}
    run $c $s $(root $s) $name "$over"
  done
done
