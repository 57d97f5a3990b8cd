import pickle, sys, numpy as np
import csad.composition as C
from csad.fusion import trimmed_stats, normalize
cat, seed, idx = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3].split(',')]
d = pickle.load(open(f'/work/scratch/diag/{cat}-{seed}.pkl', 'rb')); n = d['n_classes']
for BL in (('area', 'count', 'shape', 'place', 'colour'), ('area', 'count', 'shape', 'bend', 'place', 'colour')):
    br = C.CompositionBranch(n, BL, scorer='nearest').fit(d['tr_maps'], d['va_maps'], train_images=d['tr'], val_images=d['va'])
    z = br(d['te_maps'], images=d['te'])
    print(BL[-3:], 'z of', idx, np.round(z[idx], 1))
    X = C.composition(d['tr_maps'], n, None, BL, d['tr']); Q = C.composition(d['te_maps'][idx], n, None, BL, d['te'][idx])
    # per-dim contribution: diagonal-scaled difference to nearest bank point
    P = br.scorer.precision; B = br.scorer.bank
    for q in Q:
        dd = ((q - B) @ P * (q - B)).sum(1); j = dd.argmin(); diff = q - B[j]
        contrib = diff * (P @ diff)
        top = np.argsort(-contrib)[:5]; print('   nearest', j, 'dist', round(np.sqrt(dd[j]), 1), 'top dims', top.tolist(), np.round(contrib[top], 1).tolist())
