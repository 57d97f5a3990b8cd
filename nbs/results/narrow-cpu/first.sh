V=../batch1-cpu/variant.py
for v in 'c64={"lgst_channels": 64}' 'c64a16={"lgst_channels": 64, "ae_width": 16}'; do
  name=${v%%=*}; over=${v#*=}
  OMP_NUM_THREADS=2 python -u $V connectors 41 /work/scratch/s41/root . $name "$over" 2>&1 | tr '\r' '\n' | grep -v "it/s" >> runs.log
done
