import sys, torch; torch.set_num_threads(1)
from pathlib import Path
from csad.synth import make_synthetic
from csad.pseudo_labels import generate_pseudo_labels
c, s = sys.argv[1], int(sys.argv[2]); d = Path(f'/tmp/s17/data{s}'); make_synthetic(c, d, seed=s)
r = generate_pseudo_labels(d/c, f'/tmp/s17/w{s}{c}', progress=False); print(c, s, 'pseudo miou', r.miou, flush=True)
