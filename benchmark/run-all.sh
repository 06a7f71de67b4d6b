#!/usr/bin/env bash
# The whole benchmark from scratch, as committed under benchmark/results/ (about an hour on 2 cores):
# a neutrality search per subject (90 s budget after the known fix, 3 runs per node, top-k 5),
# then every technique on every subject (DD and UM 3 runs, DeepFD 5 trainings per diagnosis),
# scored before and after neutrality analysis. Budgets are arguments of the commands below.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
subjects=(M1 M2 M3 C1 C2 C3 R1 R2 R3 R4 R5 R6 R7 D1 D2 D3 D4 D5 D6 D7 D8 D9)
for id in "${subjects[@]}"; do
  bin/dnnfl neutrality "benchmark/subjects/$id.json" --budget 90s --runs 3 --jobs 2 \
    --out "benchmark/results/neutrality/$id"
done
list=$(IFS=,; echo "${subjects[*]}")
bin/dnnfl benchmark run --subjects "$list" --runs 3 --dfd-runs 5 --jobs 2 --seed 1 \
  --out benchmark/results --fresh --with-neutrality --alternatives benchmark/results/neutrality
