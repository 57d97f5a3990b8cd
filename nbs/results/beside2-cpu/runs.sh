# The juice fits of README.md, one after another, each alone on 2 cores, in the order A1 B1 B2 A2 (pairs in both orders,
# against the machine's drift). A: the code of 78926b8 (LGST's process started after the pseudo-labels); B: this change,
# with a few lines that write its timeline (TL) added to csad/pipeline.py of a worktree (nothing else differs).
# WT0 / WT: worktrees of the two; AB: a scratch folder.
J=/work/shared/data/loco-normals/juice_bottle
for r in A1 B1 B2 A2; do
  rm -rf $AB/$r; mkdir -p $AB/$r
  if [[ $r == A* ]]; then PP=$WT0; else PP=$WT; fi
  TL=$AB/$r/tl.txt PYTHONPATH=$PP /usr/bin/time -v python -c "import sys; from csad.cli import main; sys.argv=['csad','fit','$J','--out','$AB/$r/jb.csad','--work','$AB/$r/work','--quiet']; main()" > $AB/$r/fit.log 2> $AB/$r/fit.time
done
python collect.py $AB A1 B1 B2 A2 > juice-fits.jsonl
# then: csad demo --quiet (this change), its output in demo.log
