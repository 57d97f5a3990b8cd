# the development check of README.md, one run after another, each alone on 2 cores (PYTHONPATH: a worktree of the commit)
V=../batch1-cpu/variant.py
for s in 31 41; do
  R=/work/scratch/b1/root; [ $s = 41 ] && R=/work/scratch/s41/root
  for c in connectors pins parts; do
    python $V $c $s $R . ae6 '{}' 2>&1 | grep -av "it/s\|s/it" | tail -1
    python $V $c $s $R . ae5 '{"ae_stages": 5}' 2>&1 | grep -av "it/s\|s/it" | tail -1
  done
done
