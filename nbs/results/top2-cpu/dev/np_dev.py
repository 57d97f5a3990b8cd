import pickle, sys, time, numpy as np, torch, torch.nn.functional as F
torch.set_num_threads(2)
from csad.backbone import Backbone
from csad.nearest_patch import patch_features
from csad.core import to_batch
bb = Backbone('efficientnet_lite0')
def feats(x):
    return torch.cat([patch_features(bb, to_batch(x[i:i + 8]), 2.) for i in range(0, len(x), 8)])
@torch.inference_mode()
def global_scores(T, Q):
    B = T[:, :, ::2, ::2].flatten(2).transpose(1, 2).reshape(-1, T.shape[1]); bb2 = (B * B).sum(1)
    out = []
    for q in Q:
        q = q.flatten(1).T; d = (q * q).sum(1, keepdim=True) - 2 * q @ B.T + bb2
        out.append(d.amin(1).clamp_min(0).sqrt().max().item())
    return np.array(out)
@torch.inference_mode()
def window_scores(T, Q, r):
    N, C, H, W = T.shape; P = F.pad(T, (r, r, r, r), value=1e4); out = []
    for q in Q:
        best = torch.full((H, W), float('inf'))
        for dy in range(2 * r + 1):
            for dx in range(2 * r + 1):
                d = ((P[:, :, dy:dy + H, dx:dx + W] - q[None]) ** 2).sum(1).amin(0)
                best = torch.minimum(best, d)
        out.append(best.sqrt().max().item())
    return np.array(out)
for name in sys.argv[1:]:
    t = time.time(); d = pickle.load(open(f'{name}.pkl', 'rb'))
    T, V, Te = feats(d['tr']), feats(d['va']), feats(d['te'])
    res = {}
    for k, X in (('va', V), ('te', Te)):
        res[f'global_{k}'] = global_scores(T, X)
        for r in (): res[f'win{r}_{k}'] = window_scores(T, X, r)
    np.savez(f'np-{name}.npz', **res); print(name, round(time.time() - t), 's', flush=True)
