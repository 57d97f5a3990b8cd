V=../batch1-cpu/variant.py
root() { case $1 in 31) echo /work/scratch/b1/root;; 41) echo /work/scratch/s41/root;; 71) echo /work/scratch/s71;; esac; }
for cs in pins:41 parts:41 connectors:31 pins:31 parts:31 connectors:71 pins:71 parts:71; do
  c=${cs%%:*}; s=${cs##*:}
  OMP_NUM_THREADS=2 python -u $V $c $s $(root $s) . c64 '{"lgst_channels": 64}' 2>&1 | tr '\r' '\n' | grep -v "it/s" >> runs.log
done
