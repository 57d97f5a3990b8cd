"""Latency of the cpu preset on a `parts`-shaped model (random weights) with seg_tta none vs mirrors, EfficientAD-S in the
same run (csad.benchmark.benchmark: warm-up, medians). Run: python bench_tta.py OUT.json [RUNS]"""
import json, sys, torch
from pathlib import Path
from csad.core import CSADConfig
from csad.benchmark import benchmark, bench_table, random_model
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
out = {}
for t in ('none', 'mirrors'):
    r = benchmark(random_model(CSADConfig.make('parts', seg_tta=t, device='cpu')), runs=runs, warmup=20, throughput_runs=20)
    print(t); print(bench_table(r), flush=True); out[t] = r
Path(sys.argv[1]).write_text(json.dumps(out, indent=1))
