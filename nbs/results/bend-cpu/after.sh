# after the check: csad bench, csad demo and the juice fit of the new default, one after another, alone on the machine
cd /work/main/nbs/results/bend-cpu
csad bench > bench.log 2>&1
rm -rf /work/scratch/demo18 && mkdir -p /work/scratch/demo18
s=$(date +%s.%N); (cd /work/scratch/demo18 && csad demo --quiet) > demo.log 2>&1; echo "$(echo "$(date +%s.%N) - $s" | bc) s wall" >> demo.log
rm -rf /work/scratch/jb18; s=$(date +%s.%N)
csad fit /work/shared/data/loco-normals/juice_bottle --out /work/scratch/jb18/jb.csad --quiet > jb.log 2>&1; echo "$(echo "$(date +%s.%N) - $s" | bc) s wall" >> jb.log
echo done > after.done
