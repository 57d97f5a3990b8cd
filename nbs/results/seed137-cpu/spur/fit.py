import sys, time, json, numpy as np, torch
torch.set_num_threads(2)
from pathlib import Path
from csad.core import CSADConfig
from csad.synth import make_synthetic
from csad.pipeline import CSAD, evaluate
root=Path('/work/scratch/p137'); d=root/'data'
t=time.time(); make_synthetic('parts', d, seed=137); print('data', time.time()-t, flush=True)
m = CSAD(CSADConfig.make('parts')).fit(d/'parts', root/'work', progress=False)
m.save(root/'parts137.csad'); print('fit', m.info, flush=True)
