# One line of juice-fits.jsonl per run in AB (the runs of runs.sh): the fit's stages, its wall time, and for the new code
# the timeline its LGST process wrote (seconds from the fit's start).
import json, sys
from pathlib import Path
from csad.pipeline import load_model
AB = Path(sys.argv[1])
for r in sys.argv[2:]:
    m = load_model(AB/r/'jb.csad'); t = (AB/r/'fit.time').read_text()
    wall = [l.split(': ')[-1] for l in t.splitlines() if 'Elapsed' in l][0]
    out = dict(run=r, code='78926b8 (LGST after the pseudo-labels)' if r[0] == 'A' else 'this change (LGST from the start)', wall=wall,
               **{k: v for k, v in m.info.items() if k.startswith('seconds') or k in ('lgst_beside', 'n_classes')})
    tl = AB/r/'tl.txt'
    if tl.is_file():
        d = {}
        for l in tl.read_text().splitlines():
            w = l.split()
            d[f'step {w[1]}' if w[0] == 'step' else w[0]] = float(w[2] if w[0] == 'step' else w[1])
        t0, k = d['parent_t0'], m.info['lgst_beside']['switch_step']
        out['timeline'] = {n: round(d[key] - t0, 1) for n, key in (('lgst_process_started', 'child_start'), ('lgst_step_1', 'step 1'),
                           ('pseudo_labels_done', 'parent_t1'), ('parent_stages_done', 'parent_release'), (f'lgst_step_{k}', f'step {k}'),
                           ('lgst_step_2000', 'step 2000'))}
    print(json.dumps(out))
