#!/usr/bin/env bash
# Checks that the after/ state of labeled corpus cases compiles in its stack.
#
#   build/corpus-compile-check.sh                      # every case
#   build/corpus-compile-check.sh Corpus/Secrets       # every case under a folder (relative to tests/AutoMode.Evaluation)
#   build/corpus-compile-check.sh --sample 3           # the first 3 cases of every stack
#
# For each case: the stack is mirrored into a work folder kept per stack (so restore and incremental build are
# reused between cases), the case's after/ files are laid over it, files that exist in before/ but not in after/ are
# removed, and `dotnet build` runs with analyzers off (it checks compilation, not our rules).
# Stack `guarded` references the AutoMode.Analyzers package: set AUTOMODE_FEED to a folder holding the packed
# .nupkg (dotnet pack src/AutoMode.Package -o DIR); without it those cases are reported as skipped.
# Results: one line per case in $RESULTS (default artifacts/corpus-compile-check.txt); exit 1 when any case fails.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
eval_dir="$repo/tests/AutoMode.Evaluation"
work=${CORPUS_WORK:-/tmp/automode-corpus-compile}
results=${RESULTS:-$repo/artifacts/corpus-compile-check.txt}
annotations="$repo/src/AutoMode.Annotations/AutoMode.Annotations.csproj"
mkdir -p "$work" "$(dirname "$results")"
rm -f "$work"/*.built "$work"/*.dirty
: > "$results"

sample=0
roots=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sample) sample=$2; shift 2 ;;
    *) roots+=("$1"); shift ;;
  esac
done
[ ${#roots[@]} -eq 0 ] && roots=(Corpus)

cases=()
for r in "${roots[@]}"; do
  [ -d "$r" ] || r="$eval_dir/$r"
  while IFS= read -r f; do cases+=("$(dirname "$f")"); done < <(find "$r" -name case.json | sort)
done

stack_of() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stack"])' "$1/case.json"; }

declare -A per_stack
ok=0; failed=0; skipped=0
for c in "${cases[@]}"; do
  stack=$(stack_of "$c")
  if [ "$sample" -gt 0 ]; then
    n=${per_stack[$stack]:-0}
    [ "$n" -ge "$sample" ] && continue
    per_stack[$stack]=$((n + 1))
  fi
  name=${c#"$eval_dir/"}
  if [ "$stack" = guarded ] && [ -z "${AUTOMODE_FEED:-}" ]; then
    echo "SKIP $name (stack guarded needs AUTOMODE_FEED)" | tee -a "$results"; skipped=$((skipped + 1)); continue
  fi
  dir="$work/$stack"
  mkdir -p "$dir"
  find "$dir" -type f -not -path '*/bin/*' -not -path '*/obj/*' -delete
  tar -C "$eval_dir/Stacks/$stack" --exclude=./bin --exclude=./obj --exclude='*/bin' --exclude='*/obj' -cf - . | tar -C "$dir" -xf -
  if [ -d "$c/after" ]; then cp -r "$c/after/." "$dir/"; fi
  if [ -d "$c/before" ]; then
    (cd "$c/before" && find . -type f) | while IFS= read -r f; do
      [ -e "$c/after/$f" ] || rm -f "$dir/$f"
    done
  fi
  if [ "$stack" = guarded ]; then
    printf '<configuration><packageSources><add key="automode-local" value="%s" /></packageSources></configuration>\n' "$AUTOMODE_FEED" > "$dir/nuget.config"
  fi
  # A case that changes no compiled input (docs, yaml, json, sql, tf...) compiles exactly as its stack does.
  compiled=$( (cd "$c" && find before after -type f 2>/dev/null) | grep -E '\.(cs|csproj|props|targets|sln)$|(^|/)nuget\.config$|\.globalconfig$' || true)
  if [ -z "$compiled" ] && [ -f "$dir.built" ]; then
    echo "OK   $name (no compiled file changed)" | tee -a "$results"; ok=$((ok + 1)); continue
  fi
  # Restore only when project files changed, here or in the previous case built in this folder.
  restore="--no-restore"
  if [ ! -f "$dir.built" ] || [ -f "$dir.dirty" ] || echo "$compiled" | grep -qvE '\.cs$'; then restore=""; fi
  rm -f "$dir.dirty"
  echo "$compiled" | grep -qvE '\.cs$' && touch "$dir.dirty"
  log="$dir.log"
  if (cd "$dir" && dotnet build $restore -nologo -v q -p:RunAnalyzers=false -p:TreatWarningsAsErrors=false \
        -p:AutoModeAnnotationsProject="$annotations" > "$log" 2>&1); then
    touch "$dir.built"
    echo "OK   $name" | tee -a "$results"; ok=$((ok + 1))
  else
    echo "FAIL $name" | tee -a "$results"; failed=$((failed + 1))
    grep -E 'error [A-Z]+[0-9]+' "$log" | sed 's/^/       /' | sort -u | head -5 | tee -a "$results"
  fi
done
echo "compiled: $ok ok, $failed failed, $skipped skipped" | tee -a "$results"
[ "$failed" -eq 0 ]
