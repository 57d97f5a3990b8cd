import time, torch
def run(train, ft, cfg_json, K, out, ev, q):
    torch.set_num_threads(1)
    from csad.core import CSADConfig
    from csad.backbone import Backbone
    from csad.lgst import train_lgst
    t0 = time.time(); cfg = CSADConfig.from_json(cfg_json); bb = Backbone(cfg.preset.backbone)
    info = {'setup': time.time() - t0}
    def cb(step, model):
        if step == K:
            info['at_K'] = time.time() - t0; ev.wait(); info['waited_until'] = time.time() - t0; torch.set_num_threads(2)
    m, h = train_lgst(train, bb, cfg, feats=ft, callback=cb)
    m.save(out, stage='lgst'); info['done'] = time.time() - t0
    q.put(info)
