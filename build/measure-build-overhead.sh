#!/usr/bin/env bash
# Measures what AutoMode.Analyzers adds to a real project's compile time.
#
#   build/measure-build-overhead.sh path/to/Project.csproj [runs]
#
# Builds the project RUNS times (default 5) without and with the AutoMode analyzers (injected exactly as the
# package does it: Analyzer items, through CustomAfterMicrosoftCommonTargets, so the project is not edited),
# with the compiler server off and -p:ReportAnalyzer=true, and prints medians: the Csc task time with and
# without, and each analyzer assembly's share (ours next to the SDK's NetAnalyzers and any others).
# COMPILER_SERVER=on measures with the compiler server instead (as builds run by default: the analyzers' JIT and
# start-up are paid once per server, not per build); one warm-up build of each kind runs first.
# AUTOMODE_ANALYZER=<path to AutoMode.Analyzers.dll> measures that build of the analyzers instead of a fresh Release build.
set -euo pipefail
project=$(realpath "$1")
runs=${2:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${AUTOMODE_ANALYZER:-}" ]; then
  # Another build of the analyzers, e.g. the ReadyToRun experiment of build/crossgen-analyzer.sh.
  analyzer=$(realpath "$AUTOMODE_ANALYZER")
else
  dotnet build "$repo/src/AutoMode.Analyzers/AutoMode.Analyzers.csproj" -c Release -v q -nologo >/dev/null
  analyzer="$repo/src/AutoMode.Analyzers/bin/Release/netstandard2.0/AutoMode.Analyzers.dll"
fi
cat > "$work/inject.targets" <<XML
<Project>
  <ItemGroup>
    <Analyzer Include="$analyzer" />
  </ItemGroup>
</Project>
XML

dotnet restore "$project" -v q -nologo >/dev/null

build_once() { # $1 = with|without, $2 = run number
  local extra=()
  [ "$1" = with ] && extra=("-p:CustomAfterMicrosoftCommonTargets=$work/inject.targets")
  dotnet build "$project" --no-restore --no-incremental -nologo -v:d -nodeReuse:false \
    -p:UseSharedCompilation=$shared -p:ReportAnalyzer=true -clp:PerformanceSummary "${extra[@]}" \
    > "$work/$1-$2.log" 2>&1 || { echo "build failed ($1, run $2): see below" >&2; tail -30 "$work/$1-$2.log" >&2; exit 1; }
}

shared=false
if [ "${COMPILER_SERVER:-off}" = on ]; then
  shared=true
  dotnet build-server shutdown >/dev/null 2>&1 || true
  build_once without 0 && build_once with 0 && rm -f "$work"/*-0.log
fi

for i in $(seq 1 "$runs"); do
  build_once without "$i"
  build_once with "$i"
done

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }

# Csc task time (ms) from the performance summary: "   1234 ms  Csc   1 calls".
csc_ms() { grep -hE '^\s+[0-9]+ ms\s+Csc\s' "$work"/$1-*.log | awk '{print $1}' | median; }
# Per analyzer assembly seconds from /reportanalyzer: "   0.123   12   AutoMode.Analyzers, Version=…".
assembly_s() { # $1 = with|without, $2 = assembly name
  for f in "$work"/$1-*.log; do
    grep -hE "^\s+[0-9.<]+\s+[0-9<]+\s+$2, Version=" "$f" | awk '{s+=$1} END {print s+0}'
  done | median
}

without=$(csc_ms without)
with=$(csc_ms with)
echo "project: $project ($runs runs each, medians; compiler server ${COMPILER_SERVER:-off}; analyzers $analyzer)"
echo "Csc task without AutoMode: ${without} ms"
echo "Csc task with AutoMode:    ${with} ms"
awk -v a="$without" -v b="$with" 'BEGIN { if (a > 0) printf "difference of the medians: %+.0f ms (%+.1f%%)\n", b - a, 100 * (b - a) / a }'
# Each 'with' build runs right after its 'without' build: the median of the paired differences is less sensitive to
# the machine's load drifting during the runs than the difference of the medians.
paired=$(for i in $(seq 1 "$runs"); do
  a=$(grep -hE '^\s+[0-9]+ ms\s+Csc\s' "$work/without-$i.log" | awk '{print $1}' | head -1)
  b=$(grep -hE '^\s+[0-9]+ ms\s+Csc\s' "$work/with-$i.log" | awk '{print $1}' | head -1)
  [ -n "$a" ] && [ -n "$b" ] && echo $((b - a))
done | median)
awk -v d="$paired" -v a="$without" 'BEGIN { if (a > 0) printf "median of the paired differences: %+.0f ms (%+.1f%%)\n", d, 100 * d / a }'
echo
echo "analyzer execution time in the 'with' builds (seconds, median):"
for name in $(grep -hoE '^\s+[0-9.<]+\s+[0-9<]+\s+[A-Za-z0-9_.]+, Version=' "$work"/with-*.log | awk '{print $3}' | tr -d ',' | sort -u); do
  printf '  %-55s %s\n' "$name" "$(assembly_s with "$name")"
done
total=$(grep -hE 'Total analyzer execution time: [0-9.]+' "$work"/with-*.log | grep -oE '[0-9.]+' | median)
echo "  total analyzer execution time: ${total} s"
