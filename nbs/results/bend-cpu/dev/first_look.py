import pickle, numpy as np, cv2, sys
d=pickle.load(open(sys.argv[1],'rb')); cls=int(sys.argv[2]); kind=sys.argv[3]
k=np.array(d['kinds'])
def pieces_desc(m):
    n, lab = cv2.connectedComponents((m==cls).astype(np.uint8), connectivity=8)
    out=[]
    for i in range(1,n):
        ys,xs=np.nonzero(lab==i)
        if len(xs)<20: continue
        x=xs-xs.mean(); y=ys-ys.mean(); C=np.cov(np.stack([x,y])); w,V=np.linalg.eigh(C)
        u=np.stack([x,y],1)@V[:,1]; v=np.stack([x,y],1)@V[:,0]
        A=np.stack([u**2,u,np.ones_like(u)],1); coef=np.linalg.lstsq(A,v,rcond=None)[0]
        L=np.sqrt(w[1])*np.sqrt(12)
        bend=abs(coef[0])*L**2/4      # sagitta-like offset in px
        hull=cv2.convexHull(np.stack([xs,ys],1).astype(np.int32)); sol=len(xs)/max(cv2.contourArea(hull),1)
        out.append((bend, sol, np.log((np.sqrt(w[1])+.5)/(np.sqrt(w[0])+.5))))
    return np.array(out)
def agg(maps):
    r=[]
    for m in maps:
        p=pieces_desc(m); r.append((p[:,0].max(), p[:,1].min(), p[:,2].min()))
    return np.array(r)
tr=agg(d['tr_maps']); va=agg(d['va_maps']); g=agg(d['te_maps'][k=='good']); b=agg(d['te_maps'][k==kind])
for j,nm in enumerate(['bend max','solidity min','elong min']):
    print(nm, 'train %.2f..%.2f'%(tr[:,j].min(),tr[:,j].max()), 'val %.2f..%.2f'%(va[:,j].min(),va[:,j].max()), 'good', np.round(np.sort(g[:,j]),2)[[0,-1]], kind, np.round(b[:,j],2))
