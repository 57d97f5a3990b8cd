import numpy as np, torch, cv2
torch.set_num_threads(2)
from csad.pipeline import CSAD, read_images
from csad.data import load_category
m = CSAD.load('parts137.csad')
c = load_category('data/parts'); size = m.cfg.preset.image_size
goods = [s for s in c.test if s.label == 'good']
te = read_images(goods, size)
sc, maps, _ = m._run(te)
b = sc['bent_bar']; i = int(np.argmax(b)); print('raw', np.round(np.sort(b),3), 'argmax', i, goods[i].path)
mp = maps[i]; ab = m.bent_bar.bars(mp); print('bars (area,bend)', np.round(ab,3), 'max_area', m.bent_bar.max_area, 'classes', m.bent_bar.classes)
pal = np.array([[0,0,0],[255,0,0],[0,255,0],[0,0,255],[255,255,0],[255,0,255]],np.uint8)
lm = pal[mp]; img = te[i]
big = lambda a: cv2.resize(a, (512,512), interpolation=cv2.INTER_NEAREST)
cv2.imwrite('bad.png', cv2.cvtColor(np.concatenate([big(img), big(lm)],1), cv2.COLOR_RGB2BGR))
np.save('map.npy', mp)
