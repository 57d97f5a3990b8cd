"""pins at seed 58 with the default before this session's change (fp32 segmenter, full-side penalty): every cached stage
reused (pseudo-labels), segmenter and LGST trained anew; a diagnostic only, nothing chosen on it.
Run: python previous_default.py OUT.json WORK"""
import json, sys, time, torch
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.pipeline import CSAD, evaluate
root = Path(sys.argv[2]); d = root/'data'/'58'/'pins'   # WORK of the seed-58 sweep
m = CSAD(CSADConfig.make('pins', seg_bf16=False, lgst_penalty_side=1.0)).fit(d, root/'work'/'pins-58', progress=False)
ev = evaluate(m, d); ev['info'] = m.info
Path(sys.argv[1]).write_text(json.dumps(ev, indent=1, default=float))
print({k: round(v, 3) for k, v in ev['auroc']['mean'].items()}, ev.get('segmentation_miou'), m.info)
