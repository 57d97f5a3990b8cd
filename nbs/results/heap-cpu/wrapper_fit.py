"""`csad fit` of the shared juice_bottle images, timed, with glibc's M_TOP_PAD set first (0: untouched): python jf.py PAD OUT.csad"""
import ctypes, sys, time
pad = int(sys.argv[1])
if pad: assert ctypes.CDLL("libc.so.6").mallopt(-2, pad) == 1
from csad.cli import main
t0 = time.time()
rc = main(['fit', '/work/shared/data/loco-normals/juice_bottle', '--out', sys.argv[2], '--quiet'])
print(f"top_pad {pad}: rc {rc}, {time.time() - t0:.1f} s from the CLI's main")
