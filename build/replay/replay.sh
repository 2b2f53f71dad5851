#!/usr/bin/env bash
# Replays commits of a repository through `automode check`, one line per commit (see README.md).
#
#   build/replay/replay.sh MIRROR REPO COMMITS OUT.tsv
#     MIRROR   a git directory with the commits (e.g. /work/.mirror/jellyfin+jellyfin/repo); never written to
#     REPO     owner/name written in the first column
#     COMMITS  a file with one commit a line (40 hex or any revision git resolves), or - for standard input
#     OUT.tsv  appended to (header written when new): repo, commit, decision, risk, deciding, seconds
#   Environment:
#     CLI=path/to/automode.dll   the gate to run (default: src/AutoMode.Cli built here in Release)
#     WORK=/tmp/replay           where the replay checkout lives: WORK/<owner>+<name>, a `git clone --shared` of MIRROR,
#                                reused between runs so its restore (obj/, ignored by git) is reused
#     TARGET=Jellyfin.sln        what to `dotnet restore` once before the first commit and again after a commit whose
#                                parent..commit changes MSBuild files (default: the first *.sln/*.slnx at the root)
#     RESTORE=0                  no restore by this script (check still restores projects that have no assets)
#     RESTORE=first              restore before the first commit only (faster on a loaded machine; later package
#                                changes are judged from the files, their C# analyzed against the first restore)
#     JSON=dir                   keep each commit's JSON report there as <sha>.json
# Each commit is checked out (detached, `git clean -fd` keeps ignored obj/ and bin/) and judged with
#   automode check --base <commit>^ --no-audit --format json
# i.e. exactly the commit's own diff. decision is allow/ask/deny or error; deciding lists the rule ids of the
# findings at the change's risk in the files that decided it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
mirror=$1 repo=$2 commits=$3 out=$4
work=${WORK:-/tmp/replay}
dir="$work/${repo/\//+}"
if [ -z "${CLI:-}" ]; then
  dotnet build "$top/src/AutoMode.Cli" -c Release -m:1 -v:q -nologo >/dev/null
  CLI=$(ls "$top"/src/AutoMode.Cli/bin/Release/*/automode.dll | head -n 1)
fi
mkdir -p "$work"
if [ ! -d "$dir/.git" ]; then
  git clone -q --shared --no-checkout "$mirror" "$dir"
fi
[ -s "$out" ] || printf 'repo\tcommit\tdecision\trisk\tdeciding\tseconds\n' >"$out"
if [ "$commits" = - ]; then commits=/dev/stdin; fi
restored=0
restore() {
  local target=${TARGET:-$(cd "$dir" && ls *.sln *.slnx 2>/dev/null | head -n 1)}
  [ "${RESTORE:-1}" = 0 ] && return 0
  echo "restore $repo ($target) …" >&2
  (cd "$dir" && timeout 1200 dotnet restore "$target" -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= \
    --ignore-failed-sources -v:q -nologo >"$work/${repo/\//+}.restore.log" 2>&1) || echo "  partial restore (see $work/${repo/\//+}.restore.log)" >&2
}
# Checks out a commit. A mirror may lack some large blobs (fonts, images): then everything else is checked out and
# the missing paths are marked skip-worktree, so the diff the gate reads does not see them as deleted.
checkout() {
  git -C "$dir" checkout -q -f --detach "$1" 2>/dev/null || {
    git -C "$dir" update-ref --no-deref HEAD "$1"
    git -C "$dir" read-tree --reset "$1"
    git -C "$dir" ls-tree -r "$1" | awk '$2 == "blob" {print $3}' | git -C "$dir" cat-file --batch-check 2>/dev/null \
      | awk '$2 == "missing" {print $1}' > "$work/missing"
    git -C "$dir" ls-tree -r "$1" | awk 'NR == FNR {m[$1]; next} ($3 in m) {sub(/^[^\t]*\t/, ""); print}' "$work/missing" - \
      | git -C "$dir" update-index --skip-worktree --stdin
    git -C "$dir" checkout-index -a -f 2>/dev/null || true
    echo "  $(wc -l < "$work/missing") blobs missing in the mirror: skipped" >&2
  }
  git -C "$dir" clean -q -fd
}
grep -v '^\s*\(#\|$\)' "$commits" | while read -r rev _; do
  sha=$(git -C "$dir" rev-parse --verify -q "$rev^{commit}") || { echo "skip $rev: unknown" >&2; continue; }
  checkout "$sha"
  if [ "$restored" = 0 ] || { [ "${RESTORE:-1}" != first ] && git -C "$dir" diff --name-only "$sha^" "$sha" | grep -qE '(\.(csproj|props|targets)|global\.json|packages\.lock\.json)$'; }; then
    restore; restored=1
  fi
  json=$(mktemp)
  start=$(date +%s.%N)
  set +e
  (cd "$dir" && dotnet "$CLI" check --base "$sha^" --no-audit --format json --output "$json") 2>"$json.err"
  code=$?
  set -e
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  line=$(python3 "$here/decision.py" "$json" "$code")
  printf '%s\t%s\t%s\t%.1f\n' "$repo" "$sha" "$line" "$seconds" >>"$out"
  printf '%s %s %.0fs\n' "${sha:0:10}" "$line" "$seconds" >&2
  if [ -n "${JSON:-}" ]; then mkdir -p "$JSON"; cp "$json" "$JSON/$sha.json"; [ -s "$json.err" ] && cp "$json.err" "$JSON/$sha.err"; fi
  rm -f "$json" "$json.err"
done
