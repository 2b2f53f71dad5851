#!/usr/bin/env bash
# Interleaved compiler runs, to compare builds of the analyzers (or analyzer settings) more finely than whole builds:
#
#   build/compare-compiler-runs.sh RUNS DIR baseline.rsp variant.rsp [variant.rsp …]
#
# Each .rsp is a csc command line (take it from a `dotnet build -v:d` log, without the leading path to csc), run from
# DIR with `dotnet exec <sdk>/Roslyn/bincore/csc.dll @file` and the compiler server off. Every round runs the baseline
# (usually the line without AutoMode's /analyzer:) and then each variant; the output is the median, over the rounds, of
# each variant's wall-clock and CPU time minus the baseline's in the same round.
set -euo pipefail
runs=$1; dir=$2; baseline=$(realpath "$3"); shift 3
variants=(); for v in "$@"; do variants+=("$(realpath "$v")"); done
csc="$(dirname "$(command -v dotnet | xargs realpath)")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$dir"

# Wall-clock and CPU (user + system) milliseconds of one compiler run.
run() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" dotnet exec "$csc" "@$1" >/dev/null 2>&1 || true
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time"
}

for i in $(seq 1 "$runs"); do
  read -r bw bc < <(run "$baseline")
  echo "$bw $bc" >> "$work/baseline"
  for k in "${!variants[@]}"; do
    read -r vw vc < <(run "${variants[$k]}")
    echo "$((vw - bw)) $((vc - bc))" >> "$work/variant-$k"
  done
done

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "baseline $(basename "$baseline"): wall $(awk '{print $1}' "$work/baseline" | median) ms, cpu $(awk '{print $2}' "$work/baseline" | median) ms (medians of $runs)"
for k in "${!variants[@]}"; do
  echo "$(basename "${variants[$k]}"): wall $(awk '{print $1}' "$work/variant-$k" | median) ms, cpu $(awk '{print $2}' "$work/variant-$k" | median) ms over the baseline (median of the paired differences)"
done
