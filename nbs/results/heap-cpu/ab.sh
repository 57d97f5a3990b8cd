set -u
for r in 1 2; do for k in 0 1; do
  d=r$r-k$k; rm -rf $d; mkdir $d; cd $d
  CSAD_KEEP_FREED_MEMORY=$k /usr/bin/time -f "%e s wall, %U s user, %S s sys, %R minor page faults, peak RSS %M KB" python /work/main/nbs/results/width-cpu/juice_fit.py 16 jb.csad > log 2>&1
  echo "== $d $(date +%T)"; tr '\r' '\n' < log | tail -3
  cd ..
done; done
