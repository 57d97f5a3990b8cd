"""One LGST training step of the `cpu` preset (bf16 autocast, the students at width 32, 128 channels) in four variants — the
usual or the channels-last layout, nn.Dropout or BitDropout in the autoencoder — interleaved step by step in one process,
so that a slow spell of a shared machine slows all four alike; 70 rounds, the median of the last 60 steps of each.
Inputs: two `pins` images at 256 px and a 128 px penalty image; teacher maps random (the arithmetic does not depend on them).
Run: python lgst_layout.py"""
import time, torch, numpy as np, torch.nn as nn
torch.set_num_threads(2)
from csad.core import CSADConfig
from csad.lgst import build_lgst, lgst_losses
from csad.synth import render_image
cfg = CSADConfig.make('pins')
imgs = torch.tensor(np.stack([render_image('pins', None, 256, 0, 'lgst', i)[0] for i in range(4)])).permute(0, 3, 1, 2).float() / 255
x = (imgs[:2] - 0.45) / 0.225; p = nn.functional.interpolate(imgs[2:3], size=128) - 0.45
V = {}
for cl in (False, True):
    for bit in (False, True):
        torch.manual_seed(0)
        m = build_lgst({8: 40, 16: 112}, cfg)
        if not bit: m.ae.drop = nn.Dropout(0.2)
        fmt = torch.channels_last if cl else torch.contiguous_format
        m = m.to(memory_format=fmt)
        opt = torch.optim.Adam(list(m.student.parameters()) + list(m.ae.parameters()), lr=1e-3)
        V[('channels-last' if cl else 'usual layout') + (' + BitDropout' if bit else ' + nn.Dropout')] = \
            (m, opt, x.contiguous(memory_format=fmt), p.contiguous(memory_format=fmt), torch.randn(2, 128, 64, 64), [])
def step(m, opt, x, p, t, ts):
    t0 = time.perf_counter()
    with torch.autocast('cpu', torch.bfloat16): l = lgst_losses(m, x, t, x, t, p)
    opt.zero_grad(); sum(l.values()).backward(); opt.step()
    ts.append(time.perf_counter() - t0)
for r in range(70):
    for v in V.values(): step(*v)
for k, v in V.items(): print(f'{k:30s} {np.median(v[-1][10:]) * 1000:6.1f} ms per step')
