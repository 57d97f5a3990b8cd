"""The demo's parts fit (data seed 0) with the segmenter retrained on the backbone without its batch norms folded: pseudo-labels
and LGST from the cache of the folded run (csad demo, /work/scratch/dnf/work-nofold), the rest fitted anew; evaluate.
Run: python demo_fold.py nofold"""
import sys, json, time, torch
torch.set_num_threads(2)
import csad.backbone as B
if sys.argv[1] == 'nofold': B.fold_batchnorm = lambda m: 0
from csad.core import CSADConfig
from csad.pipeline import CSAD, evaluate
t0 = time.time()
m = CSAD(CSADConfig.make('parts')).fit('/work/scratch/dnf/data/parts', f'/work/scratch/dnf/work-{sys.argv[1]}', progress=False)
ev = evaluate(m, '/work/scratch/dnf/data/parts')
print(sys.argv[1], round(time.time() - t0), {k: round(v * 100, 1) for k, v in ev['auroc']['mean'].items()}, ev['segmentation_miou'])
print({t: {b: round(v * 100, 1) for b, v in d.items()} for t, d in ev['auroc_by_type'].items()})
