"""LGST's training step with the losses as they were before this change (autograd's chain of sub, pow, mean and casts;
the hard loss's threshold by `topk` over all a step's squared differences) and as `csad.lgst` computes them now
(`squared_error`, `kth_largest`), with Adam as `train_lgst` creates it and, tried, with `foreach=True`,
interleaved step by step in one process so that a slow spell of a shared machine slows
both alike. The three arms start from the same weights and see the same batches; after the last step their weights are
compared (the change is meant to leave every gradient bit-identical). The `cpu` preset (bf16 autocast where native,
channels-last students, width 16), the 60 shared juice_bottle images at 256 px, their real teacher maps, 2 threads;
medians of steps 11-N. Run: python loss_step.py [N=80]"""
import sys, glob, time, copy, torch, numpy as np, cv2
torch.set_num_threads(2)
from csad.core import CSADConfig, imagenet_normalize, to_batch, seed_everything, bf16_native
from csad.backbone import Backbone
from csad.lgst import build_lgst, fit_teacher_stats, jittered_set, lgst_batch, lgst_losses, penalty_pool, penalty_batch

def old_hard(t, s, q=0.999):                    # the library's hard loss before this change
    d = (t - s) ** 2
    flat = d.detach()
    flat = flat.permute(0, 2, 3, 1).reshape(-1) if flat.dim() == 4 and flat.is_contiguous(memory_format=torch.channels_last) else flat.flatten()
    n = flat.numel(); k = min(n, int(q * (n - 1)) + 2)
    return d[d >= flat.topk(n - k + 1).values[-1]].mean()

def old_losses(model, x, t, xa, ta, p):         # the library's lgst_losses before this change (no window)
    same, n = xa is x, len(x)
    ims = [x] if same else [x, xa]
    T, one = n * len(ims), p.shape[-2:] == ims[0].shape[-2:]
    st, sae = (y.float() for y in model.student(torch.cat(ims + [p] if one else ims)))
    sp = st[T:] if one else model.student(p)[0].float()
    st, sae = st[:T], sae[:T]
    lo = 0 if same else n
    a = model.ae(xa).float()
    return dict(hard=old_hard(t, st[:n]), penalty=(sp ** 2).mean(), ae=((ta - a) ** 2).mean(), stae=((a - sae[lo:]) ** 2).mean())

N = int(sys.argv[1]) if len(sys.argv) > 1 else 80
fs = sorted(glob.glob('/work/shared/data/loco-normals/juice_bottle/train/good/*.png'))[:60]
images = np.stack([cv2.resize(cv2.imread(f)[:, :, ::-1], (256, 256), interpolation=cv2.INTER_AREA) for f in fs])
cfg = CSADConfig.make('juice_bottle'); p = cfg.preset; bb = Backbone(p.backbone)
seed_everything(0); rng = np.random.default_rng(0); pool = penalty_pool(); k = p.lgst_jitter_cache
sets, feats = jittered_set(images, bb, k, rng)
fmt, amp, side = torch.channels_last, p.lgst_bf16 and bf16_native(torch.device('cpu')), round(p.lgst_penalty_side * 256)
base = build_lgst(bb.channels, cfg).to(memory_format=fmt)
fit_teacher_stats(base.teacher, [(feats[8][::k + 1][i:i + 16], None) for i in range(0, len(images), 16)])
arms = {}
for name, fn, fe in (('before', old_losses, False), ('now (new losses)', lgst_losses, False), ('new losses + foreach Adam (tried, not adopted)', lgst_losses, True)):
    m = copy.deepcopy(base)
    arms[name] = (m, torch.optim.Adam(list(m.student.parameters()) + list(m.ae.parameters()), lr=p.lgst_lr, weight_decay=1e-5,
                                      foreach=fe), fn, [])
norm = lambda a: imagenet_normalize(to_batch(a, 'cpu')).contiguous(memory_format=fmt)
for i in range(N):
    (x, f8, f16), _ = lgst_batch(images, sets, feats, rng.integers(len(images), size=p.lgst_batch_size), rng, bb, p.lgst_st_images)
    pen, state = norm(penalty_batch(pool, rng, 1, side)), torch.get_rng_state()
    for name, (m, opt, fn, ts) in arms.items():
        torch.set_rng_state(state)                # the autoencoder's dropout draws the same masks in both arms
        with torch.no_grad(): t = m.teacher(f8, None).contiguous(memory_format=fmt)
        xn = norm(x); t0 = time.perf_counter()
        with torch.autocast('cpu', torch.bfloat16, enabled=amp): losses = fn(m, xn, t, xn, t, pen)
        opt.zero_grad(); sum(losses.values()).backward(); opt.step()
        ts.append(time.perf_counter() - t0)
print(f"{N} steps, medians of steps 11-{N} (losses, backward and Adam), ms:",
      ', '.join(f"{name} {1000 * np.median(a[3][10:]):.1f}" for name, a in arms.items()))
sd = [a[0].state_dict() for a in arms.values()]
print('weights after the last step identical in all arms:', all(torch.equal(sd[0][kk], o[kk]) for o in sd[1:] for kk in sd[0]))
