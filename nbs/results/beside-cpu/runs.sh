# README.md's measurements, one after another, each alone on 2 cores (run from this folder; W: a scratch folder)
J=/work/shared/data/loco-normals/juice_bottle; W=/work/scratch/s20/beside; rm -rf $W; mkdir -p $W
/usr/bin/time -v csad fit $J --out $W/jb-beside.csad --work $W/work-beside --quiet > $W/beside.log 2> $W/beside.time
/usr/bin/time -v python -c "
import json, sys; from csad.core import CSADConfig; from csad.pipeline import CSAD
m = CSAD(CSADConfig.make('juice_bottle')).fit('$J', '$W/work-seq', progress=False, beside=False); m.save('$W/jb-seq.csad'); print(json.dumps(m.info))" > $W/seq.log 2> $W/seq.time
python -c "
import json; from csad.pipeline import load_model
for n in ('beside', 'seq'):
    m = load_model('$W/jb-' + n + '.csad'); t = open('$W/' + n + '.time').read()
    wall = [l.split(': ')[-1] for l in t.splitlines() if 'Elapsed' in l][0]
    print(json.dumps(dict(run=n, wall=wall, **{k: v for k, v in m.info.items() if k.startswith('seconds') or k in ('lgst_beside', 'n_classes')})))
" > juice-fits.jsonl
cat juice-fits.jsonl
