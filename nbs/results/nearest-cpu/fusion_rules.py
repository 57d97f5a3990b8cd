import json,glob,sys
import numpy as np
from pathlib import Path
from csad.fusion import trimmed_stats, normalize
from csad.metrics import loco_auroc
R=str(Path(__file__).resolve().parents[1])+'/'
files=sorted(glob.glob(R+'seed*-cpu/*scores.json')+glob.glob(R+'tta-cpu/*/*scores.json')+glob.glob(R+'speed-cpu/*scores.json'))
BR=('patch_hist','lgst','composition')
def z(d,b,s): return normalize(d[s][b], trimmed_stats(d['val'][b]))
def lse(Z,t):
    m=Z.max(0); return m+t*np.log(np.exp((Z-m)/t).sum(0))
rules={
 'sum':lambda Z: Z.sum(0),
 'max':lambda Z: Z.max(0),
 'lse1':lambda Z: lse(Z,1.0),
 'lse2':lambda Z: lse(Z,2.0),
 'relu':lambda Z: np.maximum(Z,0).sum(0),
 'l2+':lambda Z: np.sqrt((np.maximum(Z,0)**2).sum(0)),
 'l4+':lambda Z: ((np.maximum(Z,0)**4).sum(0))**.25,
 'top2':lambda Z: np.sort(Z,0)[-2:].sum(0),
}
res={k:[] for k in rules}; rows=[]
for f in files:
    d=json.load(open(f)); lab=d['labels']
    Z=np.stack([z(d,b,'test') for b in BR])
    name=f.replace(R,'').replace('-scores.json','')
    r={k:loco_auroc(fn(Z),lab)['mean']*100 for k,fn in rules.items()}
    br={b:loco_auroc(Z[i],lab)['mean']*100 for i,b in enumerate(BR)}
    for k in rules: res[k].append(r[k])
    print(f"{name:32s} "+' '.join(f"{b[:4]} {br[b]:5.1f}" for b in BR)+' | '+' '.join(f"{k} {v:5.1f}" for k,v in r.items()))
print('mean', {k:round(np.mean(v),2) for k,v in res.items()})
print('min', {k:round(np.min(v),2) for k,v in res.items()})
