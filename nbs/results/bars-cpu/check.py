"""The rule of README.md at data seed 109: fused mean AUROC with the bent-bar branch against without, on the same fits."""
import json
from pathlib import Path
H = Path(__file__).parent
out, ds = {}, []
for c in ('pins', 'connectors', 'parts'):
    b, m = (json.loads((H/f'{c}-109-v-{n}.json').read_text())['auroc'] for n in ('base', 'bars'))
    d = 100 * (m['mean']['fused'] - b['mean']['fused']); ds.append(d)
    out[c] = dict(base={k: 100 * v for k, v in b['mean'].items()}, bars={k: 100 * v for k, v in m['mean'].items()}, d=d)
out['rule'] = dict(each_at_least_minus_half=all(d >= -0.5 for d in ds), mean_d=sum(ds) / 3, mean_at_least_zero=sum(ds) / 3 >= 0)
out['rule']['passes'] = out['rule']['each_at_least_minus_half'] and out['rule']['mean_at_least_zero']
(H/'check-109.json').write_text(json.dumps(out, indent=1))
print(json.dumps(out, indent=1))
