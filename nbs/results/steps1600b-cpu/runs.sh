# the twelve evaluations of README.md, one after another, each alone on 2 cores (nothing retrains: both LGSTs are cached)
V=../batch1-cpu/variant.py
for s in 31 41; do
  R=/work/scratch/b1/root; [ $s = 41 ] && R=/work/scratch/s41/root
  for c in pins connectors parts; do
    python $V $c $s $R . s2000 '{}' 2>&1 | grep -v "it/s\|s/it" | tail -1
    python $V $c $s $R . s1600 '{"lgst_iterations": 1600}' 2>&1 | grep -v "it/s\|s/it" | tail -1
  done
done
