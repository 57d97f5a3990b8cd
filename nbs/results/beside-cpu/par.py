import sys, time, json, torch, multiprocessing as mp, numpy as np
from pathlib import Path
sys.path.insert(0, '/work/scratch/s20')
import lgstchild
from csad.core import CSADConfig, image_uint8, seed_everything
from csad.data import load_category
from csad.pipeline import CSAD, resized, read_images
from csad.pseudo_labels import pseudo_labels
from csad.backbone import backbone_features
from csad.lgst import LGST, fit_quantiles
from csad.fusion import fit_fusion, fit_threshold
if __name__ == '__main__':
    d, work, K = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    t0 = time.time()
    cat = load_category(d); cfg = CSADConfig.make(cat.name); self = CSAD(cfg); size = cfg.preset.image_size
    seed_everything(cfg.seed)
    decoded = [image_uint8(s.path) for s in cat.train]
    train, val = resized(decoded, size), read_images(cat.validation, size)
    pseudo = pseudo_labels(cat.train, decoded, work, cfg, 'offline', None, self.backbone, False)
    t1 = time.time()
    ft, fv = backbone_features(self.backbone, train), backbone_features(self.backbone, val)
    ctx = mp.get_context('spawn'); ev, q = ctx.Event(), ctx.Queue()
    p = ctx.Process(target=lgstchild.run, args=(train, {s: ft[s] for s in (8, 16)}, cfg.to_json(), K, str(work/'lgst.safetensors'), ev, q)); p.start()
    tp = time.time()
    torch.set_num_threads(1)
    self._fit_segmenter(pseudo, cat.train, train, ft, work, False)
    tm, vm = self._maps(train, ft), self._maps(val, fv)
    self._fit_patch_hist(tm, vm); self._fit_composition(tm, vm, train, val); self._fit_bent_bar(tm, vm)
    t2 = time.time(); torch.set_num_threads(2); ev.set(); info = q.get(); p.join()
    t3 = time.time()
    self.lgst = LGST.load(work/'lgst.safetensors')
    fit_quantiles(self.lgst, self.backbone, val, feats=fv)
    vs = self._run(val, fv)[0]
    self.fusion = fit_fusion(vs)
    if self.bent_bar is not None: self.fusion['bent_bar'] = self.bent_bar.stats
    self.threshold = fit_threshold(self.fuse(vs))
    t4 = time.time()
    print(json.dumps(dict(pl=round(t1-t0,1), spawn_to_seg_start=round(tp-t1,1), seg_and_branches=round(t2-t1,1), lgst_wait=round(t3-t2,1), rest=round(t4-t3,1), total=round(t4-t0,1), child={k: round(v,1) for k,v in info.items()})), flush=True)
    self.save(work/'model.csad')
