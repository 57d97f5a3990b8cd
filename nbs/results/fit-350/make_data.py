"Makes the simulated large category of results/fit-350: the 60 shared juice_bottle training images upscaled 2x to 1600 x 800 and repeated to 350, the 10 validation images to 50."
import cv2, os
from pathlib import Path
src = Path('/work/shared/data/loco-normals/juice_bottle'); dst = Path('/tmp/s17/jb350/juice_bottle')
for sub, n in (('train', 350), ('validation', 50)):
    ims = sorted((src/sub/'good').glob('*.png')); out = dst/sub/'good'; out.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        a = cv2.imread(str(ims[k % len(ims)])); a = cv2.resize(a, (a.shape[1] * 2, a.shape[0] * 2), interpolation=cv2.INTER_CUBIC)
        cv2.imwrite(str(out/f'{k:03d}.png'), a, [cv2.IMWRITE_PNG_COMPRESSION, 3])
print(a.shape)
