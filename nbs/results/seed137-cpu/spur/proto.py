import sys, numpy as np, torch, cv2, json
torch.set_num_threads(1)
from csad.pipeline import CSAD, read_images, resized, defect_types
from csad.data import load_category
from csad.composition import MIN_PIECE, BEND_MIN_AREA, BEND_MIN_ELONGATION, bar_bends
from csad.core import image_uint8
from csad.backbone import backbone_features
from csad.segmenter import decode_maps
from csad.metrics import auroc

def fit_piece(x, y, w=None):
    if w is None: w = np.ones_like(x)
    W = w.sum(); mx, my = (w*x).sum()/W, (w*y).sum()/W
    cxx, cyy, cxy = (w*(x-mx)**2).sum()/W, (w*(y-my)**2).sum()/W, (w*(x-mx)*(y-my)).sum()/W
    th = 0.5*np.arctan2(2*cxy, cxx-cyy); dx, dy = x-mx, y-my
    u, v = dx*np.cos(th)+dy*np.sin(th), dy*np.cos(th)-dx*np.sin(th)
    return u, v

def bends(mask, mode='base', k=1.0):
    n, lab = cv2.connectedComponents(mask.astype(np.uint8), connectivity=8)
    out = []
    if n < 2: return np.zeros((0, 2))
    ys, xs = np.nonzero(mask); l = lab[ys, xs]-1
    a = np.bincount(l, minlength=n-1).astype(float)
    keep = a >= MIN_PIECE*mask.size
    if not keep.any(): return np.zeros((0, 2))
    med = np.median(a[keep])
    for i in np.nonzero(keep)[0]:
        if a[i] < BEND_MIN_AREA*med: continue
        x, y = xs[l == i].astype(float), ys[l == i].astype(float)
        u, v = fit_piece(x, y)
        major, minor = u.std(), v.std()
        if np.log((major+0.5)/(minor+0.5)) <= BEND_MIN_ELONGATION: continue
        L = np.sqrt(12*major**2); wth = max(a[i]/max(L, 1), 1)
        c = np.polyfit(u, v, 2)
        if mode == 'trim':
            for _ in range(2):
                e = np.abs(v - np.polyval(c, u)); s = e <= k*wth
                c = np.polyfit(u[s], v[s], 2)
        if mode == 'mid':
            s = np.abs(u) <= k*L/2; c = np.polyfit(u[s], v[s], 2)
        out.append((a[i], abs(c[0])*L**2/4/wth))
    return np.array(out).reshape(-1, 2)

if __name__ == '__main__':
    cat = sys.argv[1]
    m = CSAD.load(f'{cat}137.csad'); bb = m.bent_bar
    c = load_category(f'data/{cat}'); size = m.cfg.preset.image_size
    tr = resized([image_uint8(s.path) for s in c.train], size); va = read_images(c.validation, size); te = read_images(c.test, size)
    tm = decode_maps(m.decoder, backbone_features(m.backbone, tr), size)
    _, vm, _ = m._run(va); _, tsm, _ = m._run(te)
    ty = np.array(defect_types(c)) ; 
    np.savez_compressed(f'{cat}-maps.npz', tm=np.stack(tm), vm=np.stack(vm), te=np.stack(tsm), ty=ty)
