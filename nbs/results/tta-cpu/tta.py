"""Mirror test-time augmentation of the segmenter, from a cached fit: maps as the mean softmax of the image and its mirrors
(un-mirrored), Patch Histogram + composition refitted on them (training-free), fused with the same LGST scores."""
import json, sys, numpy as np, torch, warnings
warnings.filterwarnings('ignore')
from pathlib import Path
torch.set_num_threads(2)
from csad.core import CSADConfig, image_uint8, to_batch
from csad.data import load_category
from csad.pipeline import CSAD, resized, read_images, defect_types
from csad.segmenter import evaluate_segmentation, mirror
from csad.fusion import fit_fusion, score
from csad.metrics import loco_auroc
cat, seed, root = sys.argv[1], sys.argv[2], Path(sys.argv[3]); over = json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}
data = root/'data'/seed/cat
m = CSAD(CSADConfig.make(cat, **over)).fit(data, root/'work'/f'{cat}-{seed}', progress=False)
c, size = load_category(data), m.cfg.preset.image_size
tr, va, te = resized([image_uint8(s.path) for s in c.train], size), read_images(c.validation, size), read_images(c.test, size)
@torch.inference_mode()
def probs(imgs, code):
    out = []
    for i in range(0, len(imgs), 8):
        if code >= 4:                                   # mirrored features of the image's one pass
            x = to_batch(imgs[i:i + 8], m.device); f = m.backbone(x, (4, 16)); code = code - 4
            fl = lambda t: t.flip(-1) if code & 1 else t; fu = lambda t: t.flip(-2) if code & 2 else t
            f = {k: fu(fl(v)) for k, v in f.items()}; code += 4
        else: x = to_batch(np.stack([mirror(a, code) for a in imgs[i:i + 8]]), m.device); f = m.backbone(x, (4, 16))
        p = m.decoder(f[4], f[16], x.shape[-2:]).softmax(1)
        if code & 1: p = p.flip(-1)
        if code & 2: p = p.flip(-2)
        out.append(p)
    return torch.cat(out)
def maps(imgs, codes): return sum(probs(imgs, k) for k in codes).argmax(1).byte().numpy()
lab = np.array([s.label for s in c.test]); types = defect_types(c)
lg = {k: m._run(x)[0]['lgst'] for k, x in (('val', va), ('test', te))}
res = {}
for name, codes in [(n, c) for n, c in (('plain', (0,)), ('LR', (0, 1)), ('LR+UD', (0, 1, 2, 3)), ('feat LR', (0, 5)), ('feat LR+UD', (0, 5, 6, 7))) if n in sys.argv[6].split(',')]:
    M = {k: maps(x, codes) for k, x in (('train', tr), ('val', va), ('test', te))}
    m._fit_patch_hist(M['train'], M['val']); m._fit_composition(M['train'], M['val'], tr, va)
    def sc(k, x): return dict(patch_hist=m.patch_hist(M[k]), lgst=lg[k], composition=m.composition.raw_scores(M[k], images=x))
    vs, ts = sc('val', va), sc('test', te)
    fu = fit_fusion(vs); zt = {b: (np.asarray(ts[b]) - fu[b]['mean']) / fu[b]['std'] for b in fu}
    r = {b: loco_auroc(zt[b], list(lab))['mean'] for b in zt}; r['fused'] = loco_auroc(score(ts, fu), list(lab))['mean']
    r['ph+comp'] = loco_auroc(zt['patch_hist'] + zt['composition'], list(lab))['mean']
    pred = {s.path: mp for s, mp in zip(c.train, M['train'])}
    pred.update({s.path: mp for s, mp in zip(c.test, M['test'])})
    r['miou'] = evaluate_segmentation(m.backbone, m.decoder, c, size, pred)['miou']
    res[name] = r; print(name, {k: round(v * 100, 1) if k != 'miou' else round(v, 3) for k, v in r.items()}, flush=True)
Path(sys.argv[5]).write_text(json.dumps(res, indent=1)) if len(sys.argv) > 5 else None
