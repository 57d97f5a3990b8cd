"""`csad fit` of the shared juice_bottle images, timed, with the `cpu` preset's local student width set from the command
line (the CLI has no flag for it): python juice_fit.py WIDTH OUT.csad"""
import sys, time
import csad.core
from csad.cli import main
csad.core.PRESETS['cpu'].student_width = int(sys.argv[1])
t0 = time.time()
rc = main(['fit', '/work/shared/data/loco-normals/juice_bottle', '--out', sys.argv[2], '--quiet'])
print(f"student_width {sys.argv[1]}: rc {rc}, {time.time() - t0:.1f} s from the CLI's main")
