#!/usr/bin/env bash
# Scans the real-code evaluation repositories (repos.tsv) that are checked out locally, with the automode CLI built
# from this tree, and writes one JSON report per repository to artifacts/realcode/<owner>+<name>.json.
#
#   build/realcode/scan.sh [ROOT]        ROOT (default $REALCODE_ROOT, else /tmp/realcode) holds one checkout per
#                                        repository, named <owner>+<name>, at the commit repos.tsv pins.
#   RESTORE=0 build/realcode/scan.sh     skip `dotnet restore` (already restored).
#   ONLY=jellyfin build/realcode/scan.sh scan only the repositories whose name contains ONLY.
#
# Restore is "as far as the package source allows": warnings are not errors and a package the source does not serve
# leaves its project partly unrestored (its rules then stay silent). Never commit a checkout: only labels.tsv.
# The scan's progress lines ("[i/n] project: N files in Xs (loaded in Ys)"), the load average at start and end, and
# /usr/bin/time -v's wall time and peak memory go to artifacts/realcode/<owner>+<name>.scan.log.
# Then: python3 build/realcode/precision.py   (precision per rule and level, unlabeled findings).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
root=${1:-${REALCODE_ROOT:-/tmp/realcode}}
out="$top/artifacts/realcode"
mkdir -p "$out"
dotnet build "$top/src/AutoMode.Cli" -c Release -v:q -nologo >/dev/null
cli=$(ls "$top"/src/AutoMode.Cli/bin/Release/*/automode.dll | head -n 1)

tail -n +2 "$here/repos.tsv" | while IFS=$'\t' read -r repo commit target kind; do
  name=${repo/\//+}
  [ -n "${ONLY:-}" ] && [[ "$repo" != *"$ONLY"* ]] && continue
  dir="$root/$name"
  if [ ! -d "$dir" ]; then
    echo "skip $repo: no checkout at $dir (clone it at $commit)" >&2
    continue
  fi
  if [ "${RESTORE:-1}" != 0 ]; then
    echo "restore $repo …" >&2
    (cd "$dir" && timeout 900 dotnet restore "$target" -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -p:CodeAnalysisTreatWarningsAsErrors=false \
      --ignore-failed-sources -v:q -nologo >"$out/$name.restore.log" 2>&1) || echo "  partial restore (see $out/$name.restore.log)" >&2
  fi
  echo "scan $repo … (progress, per-project load times and /usr/bin/time -v in $out/$name.scan.log)" >&2
  start=$(date +%s)
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >"$out/$name.scan.log"
  /usr/bin/time -v dotnet "$cli" scan "$dir/$target" --format json --output "$out/$name.json" 2>>"$out/$name.scan.log" || true
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/$name.scan.log"
  echo "  $(( $(date +%s) - start )) s" >&2
done
